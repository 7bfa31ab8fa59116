// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBlocks.h"

#include <QFont>
#include <QTextCursor>
#include <QTextList>
#include <QTextTable>

namespace localrig::ui::report {

QTextCharFormat charFormat(double points, bool bold)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void block(QTextCursor& cursor, const QString& content, const QTextCharFormat& format, double topMargin,
           bool pageBreakBefore)
{
    QTextBlockFormat blockFormat;
    blockFormat.setTopMargin(topMargin);
    blockFormat.setBottomMargin(4.0);
    if (pageBreakBefore) {
        blockFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    cursor.insertBlock(blockFormat, format);
    cursor.insertText(content, format);
}

void heading(QTextCursor& cursor, const QString& content, bool newPage)
{
    block(cursor, content, charFormat(kHeadingPoints, true), 14.0, newPage);
}

void paragraph(QTextCursor& cursor, const QString& content)
{
    block(cursor, content, charFormat(kBodyPoints));
}

void bullets(QTextCursor& cursor, const QString& title, const QStringList& items)
{
    if (items.isEmpty()) {
        return;
    }
    block(cursor, title, charFormat(kBodyPoints, true), 6.0);
    QTextListFormat listFormat;
    listFormat.setStyle(QTextListFormat::ListDisc);
    listFormat.setIndent(1);
    cursor.insertBlock(QTextBlockFormat(), charFormat(kBodyPoints));
    QTextList* list = cursor.createList(listFormat);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            cursor.insertBlock();
            list->add(cursor.block());
        }
        cursor.insertText(items[i], charFormat(kBodyPoints));
    }
    cursor.insertBlock(QTextBlockFormat(), charFormat(kBodyPoints));
    QTextBlockFormat plain;
    plain.setIndent(0);
    cursor.setBlockFormat(plain);
}

void table(QTextCursor& cursor, const QList<QStringList>& rows, const QList<double>& widthsPercent, int headerRows,
           const QList<QColor>& rowColors, int colorColumn)
{
    if (rows.isEmpty()) {
        return;
    }
    QTextTableFormat format;
    format.setHeaderRowCount(headerRows);
    format.setCellPadding(3.0);
    format.setCellSpacing(0.0);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (double w : widthsPercent) {
        widths.append(QTextLength(QTextLength::PercentageLength, w));
    }
    format.setColumnWidthConstraints(widths);
    QTextTable* t = cursor.insertTable(static_cast<int>(rows.size()), static_cast<int>(widthsPercent.size()), format);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < t->columns(); ++c) {
            QTextTableCell cell = t->cellAt(r, c);
            QTextCharFormat cf = charFormat(kTablePoints, r < headerRows);
            if (r < headerRows) {
                QTextCharFormat shaded = cell.format();
                shaded.setBackground(QColor(0xe8, 0xec, 0xf2));
                cell.setFormat(shaded);
            }
            const qsizetype colorRow = r - headerRows;
            if (c == colorColumn && colorRow >= 0 && colorRow < rowColors.size() && rowColors[colorRow].isValid()) {
                // The verdict's colour repeats its word, bold, so a grey print still reads.
                cf.setForeground(rowColors[colorRow]);
                cf.setFontWeight(QFont::Bold);
            }
            QTextCursor cellCursor = cell.firstCursorPosition();
            cellCursor.insertText(rows[r][c], cf);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace localrig::ui::report
