// Lyssna: reads an article aloud with the browser's own speech synthesis, in a voice for the
// text's language. Swedish texts are read even when the device names no Swedish voice (the text
// is marked sv-SE and the device reads it as well as it can); a translation gets the button only
// when the device has a voice for its language, so Finnish is never read with a Swedish voice.
// Progressive enhancement: without this script, or in a browser without speech synthesis, there
// is no button and nothing else changes. Nothing leaves the device: no third-party service is asked.
(function () {
    "use strict";

    var article = document.querySelector("[data-listen]");
    var synth = window.speechSynthesis;
    if (!article || !synth || typeof window.SpeechSynthesisUtterance !== "function") {
        return;
    }

    var language = article.getAttribute("data-listen") || document.documentElement.lang || "sv-SE";
    var wanted = language.toLowerCase().split("-")[0];
    var needsVoice = wanted !== "sv";
    var startLabel = article.getAttribute("data-listen-start") || "Lyssna på texten";
    var stopLabel = article.getAttribute("data-listen-stop") || "Sluta läsa upp";

    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button--secondary listen";
    button.textContent = startLabel;
    // The label is in the interface's language, which on a translated page is not the text's.
    var uiLanguage = article.getAttribute("data-listen-ui");
    if (uiLanguage && uiLanguage !== wanted) {
        button.lang = uiLanguage;
        button.dir = article.getAttribute("data-listen-ui-dir") || "ltr";
    }

    var reading = false;

    // The words residents read: title, ingress, body and local addition; not captions, cards or footers.
    function blocks() {
        var parts = article.querySelectorAll("h1, .lead, .prose h2, .prose h3, .prose h4, .prose p, .prose li, .prose td, .prose th, .local-addition > h2");
        return Array.prototype.map.call(parts, function (element) {
            return element.textContent.replace(/\s+/g, " ").trim();
        }).filter(function (text) {
            return text.length > 0;
        });
    }

    function voice() {
        var voices = synth.getVoices() || [];
        for (var i = 0; i < voices.length; i++) {
            if ((voices[i].lang || "").toLowerCase().split(/[-_]/)[0] === wanted) {
                return voices[i];
            }
        }
        return null;
    }

    function stop() {
        reading = false;
        synth.cancel();
        button.textContent = startLabel;
    }

    function start() {
        var texts = blocks();
        var chosen = voice();
        synth.cancel();
        reading = true;
        button.textContent = stopLabel;
        // One utterance a block: long single utterances are cut off in some browsers.
        texts.forEach(function (text, index) {
            var utterance = new window.SpeechSynthesisUtterance(text);
            utterance.lang = chosen ? chosen.lang : language;
            if (chosen) {
                utterance.voice = chosen;
            }
            if (index === texts.length - 1) {
                utterance.onend = function () {
                    if (reading) {
                        stop();
                    }
                };
            }
            synth.speak(utterance);
        });
    }

    function show() {
        if (button.isConnected) {
            return;
        }
        // Swedish texts keep room for the button (so nothing moves when it comes); translations put it after the ingress.
        var slot = article.querySelector("[data-listen-slot]");
        if (slot) {
            slot.appendChild(button);
            return;
        }
        var anchor = article.querySelector("[data-listen-after]") || article.querySelector("h1");
        anchor.insertAdjacentElement("afterend", button);
    }

    if (!needsVoice || voice()) {
        show();
    } else if (typeof synth.addEventListener === "function") {
        // Some browsers load their voices after the page: the button comes when a voice for the language does.
        synth.addEventListener("voiceschanged", function () {
            if (voice()) {
                show();
            }
        });
    }

    button.addEventListener("click", function () {
        if (reading) {
            stop();
        } else {
            start();
        }
    });

    // Leaving the page stops the voice.
    window.addEventListener("pagehide", function () {
        if (reading) {
            stop();
        }
    });
}());
