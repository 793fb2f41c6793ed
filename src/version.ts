// The version users see in reports and SARIF; kept equal to package.json by a test.
export const VERSION = '0.1.0';
