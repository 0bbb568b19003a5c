// Loaded first by the strict-CSP test page (an external script: the policy forbids inline ones).
// Records every CSP violation and console error the page sees, for the test to read.
window.__cspViolations = [];
window.__consoleErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
});
const originalError = console.error;
console.error = (...args) => {
  window.__consoleErrors.push(args.map(String).join(' '));
  originalError.apply(console, args);
};
window.addEventListener('error', (event) => window.__consoleErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__consoleErrors.push(String(event.reason)));
