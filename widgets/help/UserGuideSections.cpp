#include "widgets/help/UserGuideSections.h"

#include <QCoreApplication>

namespace studio::widgets {

QList<GuideSection> userGuideSections() {
    return {
        {QStringLiteral("design"), QCoreApplication::translate("UserGuide", "Build a design"),
         QCoreApplication::translate(
             "UserGuide",
             "<p>Drag a component from the <b>Components</b> palette onto the canvas, or "
             "double-click it to drop it in the middle of the view. Hover a palette entry for one "
             "line about it; for the longer explanation choose <b>Help › What Is This?</b> and "
             "click the entry. Click to select, Shift-click to add, drag on the bare canvas for "
             "an area; drag or use the arrow keys to move. <b>Arrange › Group into Zone</b> puts "
             "the selection in a zone, which the inspector can make a region, an availability "
             "zone or a VPC; <b>Arrange › Auto-Layout</b> tidies the selection, or the whole "
             "design when nothing is selected.</p>")},
        {QStringLiteral("connect"), QCoreApplication::translate("UserGuide", "Connect"),
         QCoreApplication::translate(
             "UserGuide",
             "<p>Move the pointer near a box to see its connection dots, then drag from a dot "
             "(or the border) to another box: the link goes from the caller to what it calls. "
             "<b>Edit › Connect</b> turns on connect mode, where a drag from anywhere on a box "
             "draws a link; Escape ends it. A link <i>calls</i> (the caller waits), "
             "<i>hands off</i> (asynchronous) or is one of the caller's <i>choose</i> links, "
             "of which each request takes one.</p>")},
        {QStringLiteral("inspector"), QCoreApplication::translate("UserGuide", "The inspector"),
         QCoreApplication::translate(
             "UserGuide",
             "<p>The <b>Properties</b> dock shows the fields of what is selected: a component's "
             "properties, service time and, for a client, its workload; a link's mode, latency, "
             "timeout, retries and circuit breaker; a zone's kind. With nothing selected it "
             "shows the design itself: its prompt, notes and assumptions. Several components of "
             "one kind are edited together, and every change is one step of "
             "<b>Edit › Undo</b>.</p>")},
        {QStringLiteral("estimate"),
         QCoreApplication::translate("UserGuide", "Estimate overlay and calculators"),
         QCoreApplication::translate(
             "UserGuide",
             "<p><b>View › Estimate Overlay</b> solves the design after every edit and colours "
             "each component by its utilisation, marks the bottleneck and sums up the figures in "
             "a legend; <b>View › Use Peak Load</b> switches between peak and average traffic. "
             "The <b>Calculators</b> dock holds the back-of-envelope calculators (traffic, "
             "storage, cache, shards, availability and more) with their formulas; a result can "
             "be applied to a component as one undoable step, and <i>From the design</i> fills "
             "them in from your design's own figures.</p>")},
        {QStringLiteral("simulate"),
         QCoreApplication::translate("UserGuide", "Simulation and failures"),
         QCoreApplication::translate(
             "UserGuide",
             "<p><b>Simulate › Run Simulation</b> runs the design request by request on a "
             "worker thread; the <b>Simulation</b> dock shows the summary, figures over time, "
             "the latency distribution, utilisation and queues. Schedule failures on the "
             "<i>Failures</i> tab: select a component, then add an event or one of the reference "
             "designs' scenarios (a server crash, a slow dependency, a network partition, a "
             "cache flush, a zone outage), or tick <i>Random failures</i>. Keep a run as the "
             "baseline to compare the next ones; "
             "<b>Simulate › Find Capacity…</b> finds the highest load that meets a p99 "
             "target.</p>")},
        {QStringLiteral("library"),
         QCoreApplication::translate("UserGuide", "The library and templates"),
         QCoreApplication::translate(
             "UserGuide",
             "<p>The <b>Library</b> dock keeps your designs with thumbnails, each save kept as a "
             "version you can go back to; unsaved edits are kept as a draft and offered after a "
             "crash. <b>File › New from Template…</b> starts from one of the ten reference "
             "designs (URL shortener, news feed, chat, e-commerce and more); "
             "<b>File › Add to Library</b> keeps a design opened from a file.</p>")},
        {QStringLiteral("practice"), QCoreApplication::translate("UserGuide", "Practice mode"),
         QCoreApplication::translate(
             "UserGuide",
             "<p><b>Practice › New Session…</b> starts a timed interview practice on one of the "
             "problems, in the reference designs' four phases: clarify, high-level design, deep "
             "dive and wrap-up. The reference design stays hidden; hints cost a point each. "
             "Submit scores your design and answers against the reference and opens a report "
             "you can export as PDF; <b>Practice › Progress…</b> shows your sessions over "
             "time.</p>")},
        {QStringLiteral("export"), QCoreApplication::translate("UserGuide", "Export"),
         QCoreApplication::translate(
             "UserGuide",
             "<p><b>File › Save</b> writes the design as JSON. <b>File › Export</b> draws it as "
             "a PNG image, an SVG drawing or a PDF document, the whole design or only the "
             "selection; a PNG carries the design inside, so opening it gives the editable "
             "design back. <b>Edit › Copy as Image</b> puts it on the clipboard, and the "
             "Simulation dock's <i>Export</i> writes a run's results as JSON or CSV and its "
             "charts as images.</p>")},
    };
}

} // namespace studio::widgets
