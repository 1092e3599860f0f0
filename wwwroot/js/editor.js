// Markdown toolbar for the editor's textareas. Progressive enhancement: without this script the
// plain textarea and the Markdown hint work the same. Buttons only insert Markdown characters.
(function () {
    "use strict";

    var actions = [
        { label: "Rubrik", title: "Mellanrubrik (nivå 2)", line: "## " },
        { label: "Underrubrik", title: "Underrubrik (nivå 3)", line: "### " },
        { label: "Fetstil", wrap: "**" },
        { label: "Kursiv", wrap: "*" },
        { label: "Punktlista", line: "- " },
        { label: "Numrerad lista", line: "1. " },
        { label: "Länk", link: true }
    ];

    function apply(textarea, action) {
        var start = textarea.selectionStart, end = textarea.selectionEnd, value = textarea.value;
        var selected = value.slice(start, end);
        var before = value.slice(0, start), after = value.slice(end), insert, caret;
        if (action.wrap) {
            insert = action.wrap + (selected || "text") + action.wrap;
            caret = [start + action.wrap.length, start + insert.length - action.wrap.length];
        } else if (action.link) {
            var text = selected || "länktext";
            insert = "[" + text + "](https://)";
            caret = [start + text.length + 3, start + insert.length - 1];
        } else {
            var lineStart = before.lastIndexOf("\n") + 1;
            before = value.slice(0, lineStart);
            var lines = value.slice(lineStart, end).split("\n").map(function (l) { return action.line + l; });
            insert = lines.join("\n");
            caret = [lineStart + insert.length, lineStart + insert.length];
        }
        textarea.value = before + insert + after;
        textarea.focus();
        textarea.setSelectionRange(caret[0], caret[1]);
    }

    document.querySelectorAll("textarea[data-markdown-toolbar]").forEach(function (textarea) {
        var label = document.querySelector("label[for='" + textarea.id + "']");
        var bar = document.createElement("div");
        bar.className = "md-toolbar";
        bar.setAttribute("role", "toolbar");
        bar.setAttribute("aria-label", "Formatering" + (label ? ": " + label.textContent : ""));
        bar.setAttribute("aria-controls", textarea.id);
        actions.forEach(function (action) {
            var button = document.createElement("button");
            button.type = "button";
            button.textContent = action.label;
            if (action.title) { button.title = action.title; }
            button.addEventListener("click", function () { apply(textarea, action); });
            bar.appendChild(button);
        });
        textarea.parentNode.insertBefore(bar, textarea);
    });

    // A form without an action posts back to the address it came from, fragment included: after the skip link that
    // is #innehall, and the answer page would move focus to <main> instead of its error summary. Post without it.
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (location.hash && form instanceof HTMLFormElement && !form.hasAttribute("action")) {
            form.setAttribute("action", location.pathname + location.search);
        }
    });

    // After a failed save the error summary takes focus, so keyboard and screen-reader users start there.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
}());
