// Search suggestions as an ARIA 1.2 combobox. Progressive enhancement: without this script the
// search forms work exactly the same, they just don't suggest while you type.
(function () {
    "use strict";

    var DELAY_MS = 150;
    var MIN_CHARS = 2;

    function enhance(input, index) {
        var form = input.form;
        var endpoint = input.getAttribute("data-suggest");
        var kommunField = form.querySelector("input[name=kommun]");
        var listId = "forslag-" + index;
        var statusId = "forslag-status-" + index;

        var wrapper = document.createElement("div");
        wrapper.className = "combobox";
        input.parentNode.insertBefore(wrapper, input);
        wrapper.appendChild(input);

        var list = document.createElement("ul");
        list.id = listId;
        list.className = "combobox__list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Förslag");
        list.hidden = true;
        wrapper.appendChild(list);

        var status = document.createElement("div");
        status.id = statusId;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        wrapper.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var timer = 0;
        var active = -1;
        var items = [];
        var latest = 0;

        function close() {
            list.hidden = true;
            list.textContent = "";
            items = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(next) {
            var options = list.children;
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "false");
            }
            active = next;
            if (active >= 0 && options[active]) {
                options[active].setAttribute("aria-selected", "true");
                input.setAttribute("aria-activedescendant", options[active].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        // Forgets any suggestions still on their way, so that a late answer cannot reopen a list the
        // resident closed with Escape or by leaving the field.
        function cancel() {
            window.clearTimeout(timer);
            latest++;
            close();
        }

        function show(suggestions) {
            var highlighted = active >= 0 && items[active] ? items[active].url : null;
            close();
            if (document.activeElement !== input) {
                return;
            }
            items = suggestions;
            suggestions.forEach(function (s, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.className = "combobox__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.textContent = s.title;
                option.addEventListener("mousedown", function (e) { e.preventDefault(); });
                option.addEventListener("click", function () { window.location.href = s.url; });
                list.appendChild(option);
            });
            if (suggestions.length > 0) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
                // A newer answer keeps the resident's place when the option they chose is still there.
                for (var i = 0; highlighted !== null && i < suggestions.length; i++) {
                    if (suggestions[i].url === highlighted) {
                        highlight(i);
                    }
                }
            }
            status.textContent = suggestions.length === 0 ? "" :
                suggestions.length + (suggestions.length === 1 ? " förslag" : " förslag") + ". Välj med pil upp och pil ned.";
        }

        function fetchSuggestions() {
            var q = input.value.trim();
            if (q.length < MIN_CHARS) {
                cancel();
                status.textContent = "";
                return;
            }
            var url = endpoint + "?q=" + encodeURIComponent(q) + (kommunField ? "&municipality=" + encodeURIComponent(kommunField.value) : "");
            var ticket = ++latest;
            fetch(url, { headers: { "Accept": "application/json" }, credentials: "omit" })
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (suggestions) { if (ticket === latest) { show(suggestions); } })
                .catch(function () { close(); });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY_MS);
        });

        input.addEventListener("keydown", function (e) {
            if (e.key === "ArrowDown" && items.length > 0) {
                e.preventDefault();
                highlight(active + 1 < items.length ? active + 1 : 0);
            } else if (e.key === "ArrowUp" && items.length > 0) {
                e.preventDefault();
                highlight(active > 0 ? active - 1 : items.length - 1);
            } else if (e.key === "Enter" && active >= 0) {
                e.preventDefault();
                window.location.href = items[active].url;
            } else if (e.key === "Escape") {
                if (!list.hidden) {
                    e.preventDefault();
                }
                cancel();
            }
        });

        input.addEventListener("blur", cancel);
    }

    var fields = document.querySelectorAll("input[data-suggest]");
    for (var i = 0; i < fields.length; i++) {
        enhance(fields[i], i);
    }
})();
