// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBlocks.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <numeric>

namespace localrig::ui::report {

namespace {

constexpr double kCellPadding = 3.0;

// Column widths in % of the page: the caller's preferred shares, but no column narrower than its longest word (so
// "Speicher" or "(komplett)" never breaks inside, whatever the language); what the wider columns need is taken from
// the columns above their own longest word, in proportion to their room. The shares as given when the document
// has no page width yet.
QList<double> fittedWidthsPercent(const QTextDocument& document, const QList<QStringList>& rows, int headerRows,
                                  const QList<double>& preferred)
{
    const double page = document.pageSize().width();
    if (page <= 0.0) {
        return preferred;
    }
    QPaintDevice* device = document.documentLayout()->paintDevice();
    QFont body = document.defaultFont();
    body.setPointSizeF(kTablePoints);
    QFont header = body;
    header.setBold(true);
    const QFontMetricsF bodyMetrics(body, device);
    const QFontMetricsF headerMetrics(header, device);
    // The layout scales padding and borders from 96 dpi to the device, as it draws them; both sides, and a margin
    // for the border and rounding.
    const double toDevice = device ? device->logicalDpiX() / 96.0 : 1.0;
    const double padding = (2.0 * kCellPadding + 2.0) * toDevice;
    const auto columns = static_cast<std::size_t>(preferred.size());
    std::vector<double> shortest(columns, 0.0); // the widest single word, with padding
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QFontMetricsF& metrics = r < headerRows ? headerMetrics : bodyMetrics;
        for (std::size_t c = 0; c < std::min<std::size_t>(columns, static_cast<std::size_t>(rows[r].size())); ++c) {
            for (const QString& word : rows[r][static_cast<qsizetype>(c)].split(space, Qt::SkipEmptyParts)) {
                shortest[c] = std::max(shortest[c], metrics.horizontalAdvance(word) + padding);
            }
        }
    }
    std::vector<double> width(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        width[c] = std::max(preferred[static_cast<qsizetype>(c)] / 100.0 * page, shortest[c]);
    }
    const double excess = std::accumulate(width.begin(), width.end(), 0.0) - page;
    double room = 0.0;
    for (std::size_t c = 0; c < columns; ++c) {
        room += width[c] - shortest[c];
    }
    if (excess > 0.0 && room > 0.0) {
        const double share = std::min(1.0, excess / room);
        for (std::size_t c = 0; c < columns; ++c) {
            width[c] -= share * (width[c] - shortest[c]);
        }
    }
    const double total = std::accumulate(width.begin(), width.end(), 0.0);
    QList<double> percent;
    for (double w : width) {
        percent.append(w / total * 100.0); // words wider than the page together: scaled down, breaking as they must
    }
    return percent;
}

} // namespace

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
    format.setCellPadding(kCellPadding);
    format.setCellSpacing(0.0);
    format.setBorder(0.5);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (double w : fittedWidthsPercent(*cursor.document(), rows, headerRows, widthsPercent)) {
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
