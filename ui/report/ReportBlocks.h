// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextCharFormat>

class QTextCursor;

// The report's text-document building blocks: headings, paragraphs, bullet lists and wrapping tables.
namespace localrig::ui::report {

inline constexpr double kBodyPoints = 10.0;
inline constexpr double kTitlePoints = 26.0;
inline constexpr double kHeadlinePoints = 18.0;
inline constexpr double kHeadingPoints = 15.0;
inline constexpr double kSmallPoints = 8.5;
inline constexpr double kTablePoints = 9.5;

QTextCharFormat charFormat(double points, bool bold = false);
void block(QTextCursor& cursor, const QString& content, const QTextCharFormat& format, double topMargin = 0.0,
           bool pageBreakBefore = false);
void heading(QTextCursor& cursor, const QString& content, bool newPage = false);
void paragraph(QTextCursor& cursor, const QString& content);
void bullets(QTextCursor& cursor, const QString& title, const QStringList& items);
// A table that wraps its cells and repeats `headerRows` at the top of every page it spans; body row i's cell
// in `colorColumn` is drawn in rowColors[i] (bold) when that colour is valid. `widthsPercent` are preferred
// shares: a column is widened to its longest word (in any language) at the others' expense.
void table(QTextCursor& cursor, const QList<QStringList>& rows, const QList<double>& widthsPercent, int headerRows,
           const QList<QColor>& rowColors = {}, int colorColumn = -1);

} // namespace localrig::ui::report
