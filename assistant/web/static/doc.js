// Document view: bring the cited passage into view and give it keyboard focus.
(function () {
  var mark = document.getElementById("passage");
  if (!mark) return;
  function show() {
    mark.scrollIntoView({ block: "center" });
    try { mark.focus({ preventScroll: true }); } catch (e) { mark.focus(); }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show); else show();
})();
