// Contact-point finder: "Närmast min position". Progressive enhancement: the button exists only with JavaScript
// and geolocation, the position is asked for only when it is pressed, and it never leaves the browser — the
// list already on the page is sorted here, by the coordinates each card carries.
(function () {
    "use strict";
    var button = document.querySelector("[data-use-position]");
    var list = document.querySelector("[data-contact-list]");
    if (!button || !list || !("geolocation" in navigator)) { return; }
    var note = document.querySelector("[data-position-note]");
    var status = document.querySelector("[data-position-status]");
    var heading = document.querySelector("[data-result-heading]");
    button.hidden = false;
    if (note) { note.hidden = false; }

    function say(text) { if (status) { status.textContent = text; } }

    function km(a, b) {
        var rad = Math.PI / 180, dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
        var h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    function label(distance) {
        return distance < 10 ? distance.toFixed(1).replace(".", ",") + " km" : Math.round(distance) + " km";
    }

    button.addEventListener("click", function () {
        button.disabled = true;
        say("Hämtar din position …");
        navigator.geolocation.getCurrentPosition(function (position) {
            var here = { lat: position.coords.latitude, lon: position.coords.longitude };
            var cards = Array.prototype.slice.call(list.querySelectorAll("[data-lat]"));
            cards.forEach(function (card) {
                card.dataset.km = km(here, { lat: parseFloat(card.dataset.lat), lon: parseFloat(card.dataset.lon) });
                var slot = card.querySelector("[data-distance]");
                if (slot) { slot.textContent = " · " + label(parseFloat(card.dataset.km)) + " från dig"; }
            });
            cards.sort(function (a, b) { return a.dataset.km - b.dataset.km; }).forEach(function (card) { list.appendChild(card); });
            if (heading) { heading.textContent = cards.length + (cards.length === 1 ? " kontaktpunkt" : " kontaktpunkter") + ", närmast dig först"; }
            say("Listan är sorterad med den närmaste först.");
            button.disabled = false;
        }, function () {
            say("Vi fick inte din position. Skriv en ort i stället.");
            button.disabled = false;
        }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
    });
}());
