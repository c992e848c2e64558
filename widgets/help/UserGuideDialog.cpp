#include "widgets/help/UserGuideDialog.h"

#include "widgets/help/UserGuideSections.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace studio::widgets {

UserGuideDialog::UserGuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this)) {
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User Guide"));
    m_browser->setOpenLinks(true); // "#anchor" links scroll within the page
    m_browser->setOpenExternalLinks(false);
    const QList<GuideSection> sections = userGuideSections();
    QString contents;
    QString body;
    for (const GuideSection& section : sections) {
        contents += QStringLiteral("<li><a href=\"#%1\">%2</a></li>")
                        .arg(section.anchor, section.title.toHtmlEscaped());
        body += QStringLiteral("<h3><a name=\"%1\"></a>%2</h3>%3")
                    .arg(section.anchor, section.title.toHtmlEscaped(), section.html);
    }
    m_browser->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p><ul>%3</ul>%4")
                           .arg(tr("System Design Studio"),
                                tr("Sketch a system the way you would on a whiteboard, then ask "
                                   "it questions: requests per second, storage, what breaks "
                                   "first, the p99 at peak."),
                                contents, body));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(680, 620);
}

UserGuideDialog* UserGuideDialog::showFor(QWidget* window) {
    auto* guide = window->findChild<UserGuideDialog*>(QString(), Qt::FindDirectChildrenOnly);
    if (!guide)
        guide = new UserGuideDialog(window);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

} // namespace studio::widgets
