// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>
#include <QMargins>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

class QTextDocument;
class QWidget;

namespace localrig::ui {

// A word-wrapped, selectable note that remembers its height for each width. QLabel lays its whole text
// document out again on every heightForWidth call, and a resizable scroll area asks for each label's
// height many times while the window first sizes itself. The answer depends only on the text, its format,
// the font, wrapping, frame, margins, size policy and the width, so it is kept until one of
// them changes. It is measured as QLabel measures a selectable label (QLabelPrivate::sizeForWidth), on a
// document of its own: QLabel lays its shown document out at the asked width, then again at its own width
// to put it back, twice the text shaping for the same answer.
class NoteLabel final : public QLabel
{
    Q_DISABLE_COPY_MOVE(NoteLabel)

public:
    explicit NoteLabel(QWidget* parent = nullptr);
    ~NoteLabel() override;

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void forgetIfChanged() const; // clears what was measured when the text or how it is set changed
    bool measuresItself() const; // the settings sizeForWidth reproduces; QLabel measures any other
    QSize sizeForWidth(int width) const; // QLabelPrivate::sizeForWidth's text-control branch, w < 0: ideal size

    mutable QHash<int, int> m_heights;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable QString m_text;
    mutable QFont m_font;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable QSizePolicy m_policy;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable bool m_wordWrap = false;
    mutable int m_frameWidth = 0;
    mutable QMargins m_contentsMargins;
    mutable Qt::Alignment m_alignment;
    mutable std::unique_ptr<QTextDocument> m_document; // laid out only to be measured, never shown
};

// How the Plan page and its tier cards show notes: a wrapped, selectable rich-text label, and a headed
// bullet list of plain sentences (escaped, so a model or machine name can never inject markup).
namespace NoteText {

QLabel* label(QWidget* parent, const QString& objectName);
// "<b>heading</b><ul>…</ul>", or empty when there are no items.
QString bulletList(const QString& heading, const QStringList& items);
// A dialog's validation message under its fields: wrapped, in the "won't fit" colour of the dialog's palette.
QLabel* validationLabel(QWidget* dialog);

} // namespace NoteText

} // namespace localrig::ui
