// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteText.h"

#include <QEvent>

namespace localrig::ui {

NoteLabel::NoteLabel(QWidget* parent)
    : QLabel(parent)
{ }

int NoteLabel::heightForWidth(int width) const
{
    // Same text, format and font: the widths asked before still hold.
    if (text() != m_text || font() != m_font || textFormat() != m_format) {
        m_heights.clear();
        m_text = text();
        m_font = font();
        m_format = textFormat();
    }
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend()) {
        return *known;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

bool NoteLabel::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::Polish:
        m_heights.clear(); // margins, indent or style may give another height for the same text
        break;
    default:
        break;
    }
    return QLabel::event(event);
}

namespace NoteText {

QLabel* label(QWidget* parent, const QString& objectName)
{
    auto* label = new NoteLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString bulletList(const QString& heading, const QStringList& items)
{
    if (items.isEmpty()) {
        return {};
    }
    // A negative margin pulls Qt's rich-text list indent back under the heading.
    QString html = QStringLiteral("<b>%1</b><ul style=\"margin-left:-20px\">").arg(heading.toHtmlEscaped());
    for (const QString& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    }
    return html + QStringLiteral("</ul>");
}

} // namespace NoteText

} // namespace localrig::ui
