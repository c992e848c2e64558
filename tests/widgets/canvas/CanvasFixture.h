#pragma once

// A shown design view at 100% over the sample design, and mouse helpers that speak scene
// coordinates: the canvas tests drive the real view as a person would.
#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/canvas/items/ComponentItem.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

#include <gtest/gtest.h>

#include <string>

namespace studio::widgets::test {

class CanvasFixture : public ::testing::Test {
protected:
    void SetUp() override {
        document.reset(sampleDesign());
        view.resize(1200, 800);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        view.resetZoom();
        view.centerOn(530, 250);
    }

    QWidget* viewport() { return view.viewport(); }
    QPoint at(const QPointF& scenePos) const { return view.mapFromScene(scenePos); }
    QRectF rectOf(const std::string& id) const {
        const core::Design& design = document.design();
        if (const auto* component = design.findComponent(id))
            return {component->rect.x, component->rect.y, component->rect.width,
                    component->rect.height};
        const auto* zone = design.findZone(id);
        return zone ? QRectF(zone->rect.x, zone->rect.y, zone->rect.width, zone->rect.height)
                    : QRectF();
    }
    QPointF centerOf(const std::string& id) const { return rectOf(id).center(); }
    int undoCount() { return document.undoStack()->count(); }

    void mouse(QEvent::Type type, const QPointF& scenePos, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        const QPointF local = at(scenePos);
        QMouseEvent event(type, local, viewport()->mapToGlobal(local), button, buttons, modifiers);
        QApplication::sendEvent(viewport(), &event);
    }
    void press(const QPointF& scenePos, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
               Qt::MouseButton button = Qt::LeftButton) {
        mouse(QEvent::MouseButtonPress, scenePos, button, button, modifiers);
    }
    void moveTo(const QPointF& scenePos, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                Qt::MouseButtons buttons = Qt::LeftButton) {
        mouse(QEvent::MouseMove, scenePos, Qt::NoButton, buttons, modifiers);
    }
    void release(const QPointF& scenePos, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                 Qt::MouseButton button = Qt::LeftButton) {
        mouse(QEvent::MouseButtonRelease, scenePos, button, Qt::NoButton, modifiers);
    }
    void click(const QPointF& scenePos, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        moveTo(scenePos, modifiers, Qt::NoButton);
        press(scenePos, modifiers);
        release(scenePos, modifiers);
    }
    // A drag as a hand makes it: hover, press, several moves, release.
    void drag(const QPointF& from, const QPointF& to,
              Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        moveTo(from, modifiers, Qt::NoButton);
        press(from, modifiers);
        for (int step = 1; step <= 5; ++step)
            moveTo(from + (to - from) * step / 5.0, modifiers);
        release(to, modifiers);
    }

    StudioDocument document;
    DesignScene scene{&document};
    DesignView view{&scene};
};

} // namespace studio::widgets::test
