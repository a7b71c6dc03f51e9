/*
 * The page template's own behaviour, as a file because the Content-Security-Policy allows no inline
 * script: the menu button that opens the folded menu on a phone, the progress indicator for posts
 * that leave Ajax (PrimeFaces' p:ajaxStatus shows it for Ajax requests), and two mends of PrimeFaces
 * components that Lighthouse and screen readers found.
 */
(function () {
    "use strict";

    /** How long an action may take before it shows that it is under way, as p:ajaxStatus's delay. */
    var MOMENT = 300;

    function setUpMenu() {
        var button = document.getElementById("menuButton");
        var menu = button && document.getElementById(button.getAttribute("aria-controls"));
        if (!menu) {
            return;
        }
        function show(open) {
            document.body.classList.toggle("xf-menu-open", open);
            button.setAttribute("aria-expanded", String(open));
        }
        button.addEventListener("click", function () {
            var open = button.getAttribute("aria-expanded") !== "true";
            show(open);
            if (open) {
                var first = menu.querySelector("a");
                if (first) {
                    first.focus();
                }
            }
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
                show(false);
                button.focus();
            }
        });
    }

    /*
     * A post without Ajax either loads the next page or answers with a download, which leaves the page
     * in place: PrimeFaces' download monitor sees the download's cookie and ends the indicator.
     */
    function setUpBusyIndicator() {
        document.addEventListener("submit", function () {
            var status = window.PF && PF("xfBusy");
            if (!status) {
                return;
            }
            var timer = setTimeout(function () {
                status.trigger("start", []);
            }, MOMENT);
            PrimeFaces.monitorDownload(null, function () {
                clearTimeout(timer);
                status.trigger("complete", []);
            });
        });
        // A page shown again from the back-forward cache must not keep the indicator of its post.
        window.addEventListener("pageshow", function (event) {
            if (event.persisted && window.PF && PF("xfBusy")) {
                PF("xfBusy").trigger("complete", []);
            }
        });
    }

    /*
     * p:inputNumber's AutoNumeric cancels every paste and inserts what it accepts itself, which browsers
     * and Lighthouse take for a field that refuses pasting: the browser pastes, then the widget takes
     * the field's text as its value (formatted, and in the hidden field the form submits).
     */
    function letNumbersBePasted() {
        document.addEventListener("paste", function (event) {
            var field = event.target.closest && event.target.closest(".ui-inputnumber");
            var widget = field && window.PrimeFaces && PrimeFaces.getWidgetById(field.id);
            if (!widget || typeof widget.setValue !== "function") {
                return;
            }
            event.stopImmediatePropagation();
            setTimeout(function () {
                widget.setValue(event.target.value.replace(/[^0-9.-]/g, ""));
            }, 0);
        }, true);
    }

    /* p:selectOneButton's options are radios without aria-checked, so a screen reader cannot say which is on. */
    function markCheckedOptions() {
        document.querySelectorAll(".ui-selectonebutton [role=radio]").forEach(function (option) {
            option.setAttribute("aria-checked", String(option.classList.contains("ui-state-active")));
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        setUpMenu();
        setUpBusyIndicator();
        letNumbersBePasted();
        markCheckedOptions();
        document.addEventListener("click", function () {
            setTimeout(markCheckedOptions, 0);
        });
        if (window.jQuery) {
            jQuery(document).on("pfAjaxComplete", markCheckedOptions);
        }
    });
})();
