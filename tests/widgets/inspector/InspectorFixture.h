#pragma once

#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/inspector/FieldRow.h"
#include "widgets/inspector/InspectorForm.h"
#include "widgets/inspector/InspectorWidget.h"

#include "catalog/Catalog.h"

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <string>

namespace studio::widgets::test {

// An inspector on the sample design (plus a second cache), offscreen.
class InspectorTest : public ::testing::Test {
protected:
    InspectorTest()
        : inspector(&document) {
        core::Design design = sampleDesign();
        const core::Catalog& catalog = core::Catalog::standard();
        core::Component cache = catalog.makeComponent(*catalog.find("cache"), "cache2", 700, 400);
        cache.name = "Sessions";
        cache.properties["hit_ratio"] = 0.9;
        design.components.push_back(cache);
        document.reset(design);
        inspector.resize(420, 900);
    }

    template <class T = QWidget> T* field(const char* name) {
        T* widget = inspector.form()->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Types `text` over the editor's contents and presses Return, as a person would.
    static void type(QWidget* editor, const QString& text) {
        if (auto* line = qobject_cast<QLineEdit*>(editor))
            line->selectAll();
        else if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor))
            spin->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    static QString shown(QWidget* editor) {
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(editor))
            return spin->text();
        return qobject_cast<QLineEdit*>(editor)->text();
    }

    static bool marked(QWidget* editor) { return editor->property("invalid").toBool(); }

    static QString reason(QWidget* editor) {
        const FieldRow* row = FieldRow::of(editor);
        return row ? row->error() : QString();
    }

    const core::Component& component(const std::string& id) const {
        return *document.design().findComponent(id);
    }
    const core::Link& link(const std::string& id) const { return *document.design().findLink(id); }

    QUndoStack& undo() { return *document.undoStack(); }

    StudioDocument document;
    InspectorWidget inspector;
};

} // namespace studio::widgets::test
