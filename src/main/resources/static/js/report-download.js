// A donor report's progress page, watched with JavaScript: when htmx swaps in the finished status,
// the download starts by itself, once. Without JavaScript the page offers the same link.
document.addEventListener('htmx:afterSettle', function () {
  var link = document.getElementById('report-download');
  if (link && !link.hasAttribute('data-started')) {
    link.setAttribute('data-started', '');
    window.location.assign(link.href);
  }
});
