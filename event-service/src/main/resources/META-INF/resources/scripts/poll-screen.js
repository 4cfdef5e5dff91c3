// The room's screen of a poll: fetches the page again every few seconds and swaps in the new results, so the room
// sees answers come in without a reload. Without JavaScript the page has a "Vernieuwen" link instead.
(function () {
  "use strict";
  var region = document.getElementById("results");
  if (!region || !window.fetch || !window.DOMParser) {
    return;
  }
  var every = (parseInt(region.getAttribute("data-refresh-seconds"), 10) || 5) * 1000;
  function update() {
    fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("results");
        if (fresh && fresh.innerHTML !== region.innerHTML) {
          region.innerHTML = fresh.innerHTML;
        }
      })
      .catch(function () {})
      .then(function () {
        window.setTimeout(update, every);
      });
  }
  window.setTimeout(update, every);
})();
