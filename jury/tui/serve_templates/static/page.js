// The page's own buttons: "Start" and "Sign in again" reload the page. Kept out of the HTML
// so the Content-Security-Policy can refuse every inline script.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("button[data-reload]")) {
    button.addEventListener("click", () => window.location.reload());
  }
});
