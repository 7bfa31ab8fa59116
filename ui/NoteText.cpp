// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteText.h"

#include <QLabel>

namespace localrig::ui::NoteText {

QLabel* label(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
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

} // namespace localrig::ui::NoteText
