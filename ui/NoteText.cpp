// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteText.h"

#include "Wording.h"
#include "core/Fit.h"

#include <QAbstractTextDocumentLayout>
#include <QPalette>
#include <QStyle>
#include <QTextDocument>
#include <QTextFrame>

#include <cmath>

namespace localrig::ui {

NoteLabel::NoteLabel(QWidget* parent)
    : QLabel(parent)
{ }

NoteLabel::~NoteLabel() = default;

void NoteLabel::forgetIfChanged() const
{
    if (text() != m_text || font() != m_font || textFormat() != m_format || sizePolicy() != m_policy
        || margin() != m_margin || indent() != m_indent || wordWrap() != m_wordWrap || frameWidth() != m_frameWidth
        || contentsMargins() != m_contentsMargins || alignment() != m_alignment) {
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
        m_alignment = alignment();
        m_document.reset();
    }
}

int NoteLabel::heightForWidth(int width) const
{
    forgetIfChanged();
    const auto known = m_heights.constFind(width);
    if (known != m_heights.cend()) {
        return *known;
    }
    const int height = measuresItself() ? sizeForWidth(width).height() : QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}

QSize NoteLabel::sizeHint() const
{
    ensurePolished(); // as QLabel's: a style sheet may set the font
    forgetIfChanged();
    if (!m_sizeHint.isValid()) {
        m_sizeHint = measuresItself() ? sizeForWidth(-1) : QLabel::sizeHint();
    }
    return m_sizeHint;
}

QSize NoteLabel::minimumSizeHint() const
{
    ensurePolished();
    forgetIfChanged();
    if (!m_minimumSizeHint.isValid()) {
        if (measuresItself()) {
            // QLabel::minimumSizeHint: one line's height (or the ideal one if lower), the longest word's width.
            const int ideal = sizeHint().height();
            m_minimumSizeHint = QSize(sizeForWidth(0).width(), std::min(ideal, sizeForWidth(QWIDGETSIZE_MAX).height()));
        } else {
            m_minimumSizeHint = QLabel::minimumSizeHint();
        }
    }
    return m_minimumSizeHint;
}

bool NoteLabel::measuresItself() const
{
    // A selectable label shows its text through a text control, which QLabel measures as below; an indent
    // or a frame adds to it, and an image or markdown is measured otherwise. (An empty one is cheap, and QLabel
    // gives it the width of an empty document's cursor.)
    const bool selectable = textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return selectable && !text().isEmpty() && (textFormat() == Qt::PlainText || textFormat() == Qt::RichText)
        && indent() < 0 && frameWidth() == 0 && pixmap().isNull();
}

QSize NoteLabel::sizeForWidth(int width) const
{
    if (!m_document) {
        // As QLabel sets up its text control's document (QLabelPrivate::ensureTextControl, ensureTextPopulated
        // and ensureTextLayouted).
        m_document = std::make_unique<QTextDocument>();
        m_document->setUndoRedoEnabled(false);
        m_document->setDefaultFont(font());
        m_document->documentLayout()->setProperty("cursorWidth", style()->pixelMetric(QStyle::PM_TextCursorWidth));
        if (textFormat() == Qt::PlainText) {
            m_document->setPlainText(text());
        } else {
            m_document->setHtml(text());
        }
        QTextOption option = m_document->defaultTextOption();
        option.setAlignment(alignment());
        option.setWrapMode(wordWrap() ? QTextOption::WordWrap : QTextOption::ManualWrap);
        m_document->setDefaultTextOption(option);
        QTextFrameFormat frame = m_document->rootFrame()->frameFormat();
        frame.setMargin(0);
        m_document->rootFrame()->setFrameFormat(frame);
    }
    if (minimumWidth() > 0) {
        width = std::max(width, minimumWidth());
    }
    const QMargins margins = contentsMargins();
    const int extra = 2 * margin();
    if (!wordWrap()) {
        m_document->setTextWidth(-1);
    } else if (width >= 0) {
        m_document->setTextWidth(std::max(width - extra - margins.left() - margins.right(), 0));
    } else {
        m_document->adjustSize();
    }
    const QSizeF size = m_document->size();
    const QSize contents(static_cast<int>(std::ceil(size.width())) + extra,
                         static_cast<int>(std::ceil(size.height())) + extra);
    return (contents + QSize(margins.left() + margins.right(), margins.top() + margins.bottom()))
        .expandedTo(minimumSize());
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
