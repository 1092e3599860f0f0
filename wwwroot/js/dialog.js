// Medborgardialog answering pages. Progressive enhancement only: every page works without it.
(function () {
    "use strict";

    // A page shown again with errors starts at its error summary, for keyboard and screen-reader users.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }

    // A printed invitation carries its code after '#', which browsers never send to the server
    // (so no code reaches a server log); here it fills the code field.
    var codeField = document.getElementById("kod");
    var match = /[#&]kod=([A-Za-z0-9-]{1,20})/.exec(window.location.hash);
    if (codeField && codeField.tagName === "INPUT" && match && !codeField.value) {
        codeField.value = match[1].toUpperCase();
        history.replaceState(null, "", window.location.pathname + window.location.search);
    }

    // Free text: how many characters are left, told politely to screen readers.
    var areas = document.querySelectorAll("textarea[data-max-length]");
    Array.prototype.forEach.call(areas, function (area) {
        var max = parseInt(area.getAttribute("data-max-length"), 10);
        if (!(max > 0)) {
            return;
        }
        var counter = document.createElement("p");
        counter.className = "hint character-count";
        counter.id = area.id + "-antal";
        counter.setAttribute("aria-live", "polite");
        area.parentNode.insertBefore(counter, area.nextSibling);
        var timer = 0;
        function update() {
            var left = max - Array.from(area.value).length;
            counter.textContent = left >= 0
                ? "Du har " + left + " tecken kvar."
                : "Du har skrivit " + (-left) + " tecken för mycket.";
            counter.classList.toggle("error-message", left < 0);
        }
        area.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(update, 400);
        });
        update();
    });
})();
