// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteText.h"

#include "Wording.h"
#include "core/Fit.h"

#include <QPalette>

namespace localrig::ui {

NoteLabel::NoteLabel(QWidget* parent)
    : QLabel(parent)
{ }

void NoteLabel::forgetIfChanged() const
{
    if (text() != m_text || font() != m_font || textFormat() != m_format || sizePolicy() != m_policy
        || margin() != m_margin || indent() != m_indent || wordWrap() != m_wordWrap || frameWidth() != m_frameWidth
        || contentsMargins() != m_contentsMargins) {
        m_heights.clear();
        m_sizeHint = m_minimumSizeHint = QSize();
        m_text = text();
        m_font = font();
        m_format = textFormat();
        m_policy = sizePolicy();
        m_margin = margin();
        m_indent = indent();
        m_wordWrap = wordWrap();
        m_frameWidth = frameWidth();
        m_contentsMargins = contentsMargins();
    }
}

int NoteLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend()) {
        return *known;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

QSize NoteLabel::sizeHint() const
{
    forgetIfChanged();
    if (!m_sizeHint.isValid()) {
        m_sizeHint = QLabel::sizeHint();
    }
    return m_sizeHint;
}

QSize NoteLabel::minimumSizeHint() const
{
    forgetIfChanged();
    if (!m_minimumSizeHint.isValid()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
    }
    return m_minimumSizeHint;
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

QLabel* validationLabel(QWidget* dialog)
{
    auto* label = new QLabel(dialog);
    label->setObjectName(QStringLiteral("validationMessageLabel"));
    label->setWordWrap(true);
    QPalette messagePalette = label->palette();
    const bool dark = dialog->palette().color(QPalette::Window).lightness() < 128;
    messagePalette.setColor(QPalette::WindowText, Wording::verdictColor(core::FitVerdict::WontFit, dark));
    label->setPalette(messagePalette);
    return label;
}

} // namespace NoteText

} // namespace localrig::ui
