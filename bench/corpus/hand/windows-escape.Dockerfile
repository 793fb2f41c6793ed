# escape=`
# A Windows-style Dockerfile: backtick continuations, lower-case keywords.
from mcr.microsoft.com/windows/servercore:ltsc2022
shell ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
env PYTHON_VERSION=3.11.9
run Invoke-WebRequest -Uri "https://www.python.org/ftp/python/$env:PYTHON_VERSION/python-$env:PYTHON_VERSION-amd64.exe" -OutFile python.exe ; `
    Start-Process python.exe -Wait -ArgumentList '/quiet', 'InstallAllUsers=1', 'PrependPath=1' ; `
    Remove-Item python.exe -Force
workdir C:\app
copy requirements.txt .
run pip install -r requirements.txt
copy . .
cmd ["python", "app.py"]
