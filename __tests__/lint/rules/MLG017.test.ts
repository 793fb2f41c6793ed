// Findings are on the ADD line.
import { ruleTester } from '../../helpers/rule-tester.js';
import * as rule from '../../../src/lint/rules/MLG017.js';

ruleTester(rule, {
  valid: [
    { name: 'COPY', code: 'FROM python:3.11\nCOPY app /app\n' },
    { name: 'ADD of a local archive to unpack it', code: 'FROM python:3.11\nADD vendor.tar.gz /opt/vendor/\n' },
    {
      name: 'ADD --checksum',
      code: 'FROM python:3.11\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.sh /usr/local/bin/tool\n',
    },
    {
      name: 'git at a commit',
      code: 'FROM python:3.11\nADD https://github.com/org/repo.git#0123456789abcdef0123456789abcdef01234567 /src\n',
    },
    {
      name: 'weights URL is MLG004',
      code: 'FROM python:3.11\nADD https://huggingface.co/org/model/resolve/main/model.safetensors /models/\n',
    },
  ],
  invalid: [
    {
      name: 'URL without checksum',
      code: 'FROM python:3.11\nADD https://example.com/tool.sh /usr/local/bin/tool\n',
      errors: [{ line: 2, message: /--checksum/, severity: 'warning' }],
    },
    {
      name: 'remote archive is not unpacked',
      code: 'FROM python:3.11\nADD https://example.com/data.tar.gz /opt/\n',
      errors: [{ line: 2, message: /does not unpack remote archives/ }],
    },
    { name: 'local files, lower-case', code: 'from python:3.11\nadd . /app\n', errors: [{ line: 2, message: /Use COPY/ }] },
    {
      name: 'git at a branch',
      code: 'FROM python:3.11\nADD https://github.com/org/repo.git#main /src\n',
      errors: [{ line: 2, message: /pin a commit/ }],
    },
    { name: 'JSON form, continuation', code: 'FROM python:3.11\nADD ["requirements.txt", \\\n     "/app/"]\n', errors: [{ line: 2 }] },
    { name: 'heredoc', code: 'FROM python:3.11\nADD <<EOF /app/config.ini\n[x]\nEOF\n', errors: [{ line: 2 }] },
    {
      name: 'builder stage too; CRLF and BOM',
      code: '\uFEFFFROM python:3.11 AS b\r\nADD https://example.com/x.sh /x.sh\r\nFROM python:3.11\r\n',
      errors: [{ line: 2 }],
    },
  ],
});
