// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ChartTextObject.h"
#include "ReportText.h"
#include "ui/RankedMachinesModel.h"
#include "ui/TierCardBuilder.h"
#include "ui/Wording.h"
#include "ui/charts/CompareCharts.h"

#include <QChart>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace localrig::ui {

namespace {

constexpr double kBodyPoints = 10.0;
constexpr double kTitlePoints = 26.0;
constexpr double kHeadlinePoints = 18.0;
constexpr double kHeadingPoints = 15.0;
constexpr double kSmallPoints = 8.5;
constexpr double kTablePoints = 9.5;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QTextCharFormat charFormat(double points, bool bold = false)
{
    QTextCharFormat format;
    format.setFontPointSize(points);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

void block(QTextCursor& cursor, const QString& content, const QTextCharFormat& format, double topMargin = 0.0,
           bool pageBreakBefore = false)
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

void heading(QTextCursor& cursor, const QString& content, bool newPage = false)
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

// A table that wraps its cells and repeats `headerRows` at the top of every page it spans.
void table(QTextCursor& cursor, const QList<QStringList>& rows, const QList<double>& widthsPercent, int headerRows)
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
            QTextCursor cellCursor = cell.firstCursorPosition();
            cellCursor.insertText(rows[r][c], cf);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

} // namespace

QString ReportDocument::headline(const PlanResult& result, const CatalogData& catalog)
{
    const TierCardContent card = TierCardBuilder::recommended(result, catalog);
    QStringList parts{card.title, card.range, card.verdict};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

void ReportDocument::titlePage(QTextCursor& cursor, const ReportInput& in)
{
    QTextBlockFormat first;
    first.setTopMargin(120.0);
    cursor.setBlockFormat(first);
    cursor.insertText(tr("LocalRig recommendation"), charFormat(kTitlePoints, true));
    block(cursor, headline(in.result, in.catalog), charFormat(kHeadlinePoints, true), 24.0);
    const core::Recommendation* rec = in.result.recommendation ? &*in.result.recommendation : nullptr;
    if (rec && !rec->ranked.empty()) {
        const core::PlatformAssessment& top = rec->ranked.front();
        const QString price = top.platform.priceUsd ? Wording::money(*top.platform.priceUsd) : tr("no price");
        block(cursor,
              top.meetsNeeds
                  ? tr("Recommended machine: %1 — %2").arg(text(top.platform.name), price)
                  : tr("Closest machine (nothing meets every need): %1 — %2").arg(text(top.platform.name), price),
              charFormat(kHeadingPoints), 12.0);
        for (const core::ModelOnPlatform& m : top.models) {
            QString model = text(m.modelId);
            for (const core::ModelNeed& need : in.result.plan.needs) {
                model = need.model.id == m.modelId ? text(need.model.name) : model;
            }
            paragraph(cursor,
                      tr("%1: %2 of memory, %3 — %4")
                          .arg(model, Wording::gigabytes(m.memory.totalBytes), Wording::verdict(m.fit.verdict),
                               Wording::speedBand(m.speed.decodeTps)));
        }
        if (top.platform.priceUsd && in.inputs.apiUsdPerMonth > 0.0) {
            const QString apiSpend = Wording::money(in.inputs.apiUsdPerMonth);
            paragraph(cursor,
                      top.breakEvenMonth ? tr("Against %1 of API spend a month, it breaks even in month %2.")
                                               .arg(apiSpend, QLocale().toString(*top.breakEvenMonth))
                                         : tr("Against %1 of API spend a month, it never breaks even.").arg(apiSpend));
        }
    } else if (in.result.error) {
        paragraph(cursor, Wording::error(*in.result.error));
    }
    block(cursor, tr("Prepared %1").arg(QLocale().toString(in.date, QLocale::LongFormat)), charFormat(kBodyPoints),
          36.0);
    paragraph(cursor,
              tr("Catalog of %1").arg(in.catalog.catalogDate.isEmpty() ? tr("unknown date") : in.catalog.catalogDate));
}

void ReportDocument::tierSection(QTextCursor& cursor, const ReportInput& in)
{
    heading(cursor, tr("Your inputs"), true);
    QList<QStringList> rows;
    for (const ReportText::Row& row : ReportText::inputs(in.inputs, in.result, in.catalog)) {
        rows.append({row.first, row.second});
    }
    table(cursor, rows, {30.0, 70.0}, 0);

    heading(cursor, tr("Recommended tier"));
    const TierCardContent card = TierCardBuilder::recommended(in.result, in.catalog);
    block(cursor, headline(in.result, in.catalog), charFormat(kBodyPoints + 2.0, true), 4.0);
    if (!card.audience.isEmpty()) {
        paragraph(cursor, card.audience);
    }
    bullets(cursor, tr("Models"), card.models);
    bullets(cursor, tr("Machines"), card.machines);
    bullets(cursor, tr("Why"), card.reasons);
    QStringList changes;
    for (const core::VerdictChange& change : in.result.changes) {
        changes.append(Wording::change(change));
    }
    bullets(cursor, tr("What would change the verdict"), changes);
    QStringList lints;
    for (const core::Lint& lint : in.result.lints) {
        lints.append(Wording::lint(lint));
    }
    bullets(cursor, tr("From the guide"), lints);
}

void ReportDocument::machinesTable(QTextCursor& cursor, const ReportInput& in)
{
    heading(cursor, tr("Ranked machines"), true);
    if (!in.result.recommendation) {
        paragraph(cursor, tr("No machines were ranked."));
        return;
    }
    // The Plan page's own table model, so the report words every cell as the window does.
    RankedMachinesModel model;
    model.setRecommendation(*in.result.recommendation);
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c) {
        header.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    rows.append(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            row.append(model.index(r, c).data(Qt::DisplayRole).toString());
        }
        rows.append(row);
    }
    table(cursor, rows, {4.0, 26.0, 10.0, 12.0, 15.0, 20.0, 13.0}, 1);
    paragraph(cursor, tr("Decode speed is for the plan's first model: expected tokens/s with the low–high band."));
}

void ReportDocument::textSections(QTextCursor& cursor, const ReportInput& in)
{
    heading(cursor, tr("Assumptions and formulas"), true);
    for (const QString& line : ReportText::assumptions(in.result)) {
        paragraph(cursor, line);
    }
    heading(cursor, tr("Sources"));
    for (const QString& line : ReportText::sources(in.result, in.catalog)) {
        block(cursor, line, charFormat(kSmallPoints));
    }
    heading(cursor, tr("Prices change"));
    paragraph(cursor, ReportText::disclaimer());
}

Result<bool> ReportDocument::build(QTextDocument& doc, ChartTextObject& charts, const ReportInput& in,
                                   const std::function<bool(int)>& keepGoing)
{
    QTextCursor cursor(&doc);
    // One edit block: the document is laid out once at the end, not after every table cell (5 s -> ms
    // for a 32-machine table).
    cursor.beginEditBlock();
    titlePage(cursor, in);
    tierSection(cursor, in);
    machinesTable(cursor, in);
    cursor.endEditBlock();
    if (!keepGoing(10)) {
        return false;
    }
    const ComparisonSelection selection{in.result.recommendation ? CompareCharts::defaultMachines(
                                            *in.result.recommendation, CompareCharts::kMaxMachines)
                                                                 : std::vector<std::string>{},
                                        CompareCharts::allModels(in.result)};
    BOOST_OUTCOME_TRY(built, CompareCharts::build(in.result, in.inputs, selection, ChartStyle::paper()));
    if (!keepGoing(20)) {
        return false;
    }
    cursor.beginEditBlock();
    heading(cursor, tr("Comparison of the top machines"), true);
    for (std::unique_ptr<QChart>& chart : built) {
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        centred.setTopMargin(6.0);
        cursor.insertBlock(centred);
        charts.insert(cursor, std::move(chart));
    }
    textSections(cursor, in);
    cursor.endEditBlock();
    return true;
}

} // namespace localrig::ui
