// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "ChartTextObject.h"
#include "ReportBlocks.h"
#include "ReportText.h"
#include "ui/BuyerWording.h"
#include "ui/RankedMachinesModel.h"
#include "ui/RunAdvice.h"
#include "ui/TierCardBuilder.h"
#include "ui/Wording.h"
#include "ui/charts/CompareCharts.h"

#include <QChart>
#include <QFont>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <array>

namespace localrig::ui {

namespace {

using namespace report;

constexpr qsizetype kTopMachines = 3;

} // namespace

QString ReportDocument::headline(const PlanResult& result, const CatalogData& catalog)
{
    const TierCardContent card = TierCardBuilder::recommended(result, catalog);
    QStringList parts{card.title, card.range, card.verdict};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

void ReportDocument::decisionPage(QTextCursor& cursor, const ReportInput& in, ChartTextObject& charts,
                                  std::unique_ptr<QChart> costChart)
{
    QTextBlockFormat first;
    first.setTopMargin(6.0);
    cursor.setBlockFormat(first);
    cursor.insertText(tr("LocalRig recommendation"), charFormat(kHeadingPoints, true));
    block(cursor,
          tr("Prepared %1 · catalog of %2")
              .arg(QLocale().toString(in.date, QLocale::LongFormat),
                   in.catalog.catalogDate.isEmpty() ? tr("unknown date") : in.catalog.catalogDate),
          charFormat(kSmallPoints));
    if (!in.result.recommendation) {
        if (in.result.error) {
            paragraph(cursor, Wording::error(*in.result.error));
        }
        return;
    }
    const TierCardContent card = TierCardBuilder::recommended(in.result, in.catalog);
    block(cursor, card.answer, charFormat(kHeadlinePoints, true), 10.0);
    for (const QString& line : card.answerDetails) {
        paragraph(cursor, line);
    }
    block(cursor,
          tr("%1 — the tier, your inputs and the reasons follow in the appendix.").arg(headline(in.result, in.catalog)),
          charFormat(kBodyPoints, true), 6.0);

    // The top three priced machines a buyer would weigh, with their verdicts.
    RankedMachinesModel model;
    model.setRecommendation(*in.result.recommendation);
    model.setGuideOnlyPrices(in.catalog.guideOnlyPrices);
    model.setDisagreements(in.result.disagreements);
    QList<QStringList> rows{{tr("Machine"), tr("Verdict"), tr("Why"), tr("Price (complete)"),
                             tr("Decode (tokens/s): start → full"), tr("First token"), tr("Break-even")}};
    QList<QColor> colors;
    const std::array<int, 7> columns{RankedMachinesModel::Machine,  RankedMachinesModel::Verdict,
                                     RankedMachinesModel::Why,      RankedMachinesModel::Price,
                                     RankedMachinesModel::Decode,   RankedMachinesModel::FirstToken,
                                     RankedMachinesModel::BreakEven};
    for (int r = 0; r < model.rowCount() && rows.size() <= kTopMachines; ++r) {
        const core::PlatformAssessment* a = model.assessment(r);
        if (a->excluded || !a->system.usd || a->verdict == core::BuyerVerdict::TooLarge) {
            continue;
        }
        QStringList row;
        for (int column : columns) {
            row.append(model.index(r, column).data().toString());
        }
        rows.append(row);
        colors.append(BuyerWording::verdictColor(a->verdict, false));
    }
    block(cursor, tr("The top machines"), charFormat(kBodyPoints + 1.0, true), 8.0);
    if (rows.size() > 1) {
        table(cursor, rows, {23.0, 11.0, 18.0, 14.0, 13.0, 9.0, 12.0}, 1, colors, 1);
    } else {
        paragraph(cursor, tr("No priced machine runs this plan."));
    }
    if (costChart) {
        QTextBlockFormat centred;
        centred.setAlignment(Qt::AlignHCenter);
        centred.setTopMargin(6.0);
        cursor.insertBlock(centred);
        // Smaller than the appendix charts so the decision stays on one page.
        constexpr double kDecisionChartScale = 0.72;
        charts.insert(cursor, std::move(costChart), kDecisionChartScale);
    }
}

void ReportDocument::tierSection(QTextCursor& cursor, const ReportInput& in)
{
    heading(cursor, tr("Appendix: your inputs"), true);
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
    bullets(cursor, tr("Workloads"), card.models);
    bullets(cursor, tr("Also good"), card.machines);
    bullets(cursor, tr("Why"), card.reasons);
    QStringList changes;
    for (const core::VerdictChange& change : in.result.changes) {
        changes.append(Wording::change(change));
    }
    bullets(cursor, tr("If you change the plan"), changes);
    QStringList lints;
    for (const core::Lint& lint : in.result.lints) {
        lints.append(Wording::lint(lint));
    }
    bullets(cursor, tr("From the guide"), lints);
}

void ReportDocument::machinesTable(QTextCursor& cursor, const ReportInput& in)
{
    heading(cursor, tr("Appendix: every machine, ranked"), true);
    if (!in.result.recommendation) {
        paragraph(cursor, tr("No machines were ranked."));
        return;
    }
    // The Plan page's own table model, so the report words every cell as the window does.
    RankedMachinesModel model;
    model.setRecommendation(*in.result.recommendation);
    model.setGuideOnlyPrices(in.catalog.guideOnlyPrices);
    model.setDisagreements(in.result.disagreements);
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c) {
        header.append(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    rows.append(header);
    QList<QColor> colors;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            row.append(model.index(r, c).data(Qt::DisplayRole).toString());
        }
        rows.append(row);
        const core::PlatformAssessment* a = model.assessment(r);
        colors.append(a->excluded ? QColor() : BuyerWording::verdictColor(a->verdict, false));
    }
    table(cursor, rows, {4.0, 16.0, 13.0, 10.0, 9.0, 11.0, 8.0, 11.0, 18.0}, 1, colors, RankedMachinesModel::Verdict);
    paragraph(cursor,
              tr("Decode speed is the slowest workload's: at the start of a session, then with every "
                 "session's context full. First token is for the workload's typical prompt."));
}

void ReportDocument::runSection(QTextCursor& cursor, const ReportInput& in)
{
    if (!in.result.recommendation) {
        return;
    }
    heading(cursor, tr("Appendix: how to run it"), true);
    paragraph(cursor,
              tr("The llama.cpp command each estimate assumes, on the top machines: context (-c), "
                 "parallel sessions (-np), layers on the GPU (-ngl) and where the weights go."));
    int shown = 0;
    for (const core::PlatformAssessment& a : in.result.recommendation->ranked) {
        if (shown >= kTopMachines) {
            break;
        }
        if (!a.qualifies()) {
            continue;
        }
        ++shown;
        block(cursor, QString::fromStdString(a.platform.name), charFormat(kBodyPoints, true), 6.0);
        QStringList names;
        for (const core::ModelOnPlatform& m : a.models) {
            const core::ModelSpec* spec = in.catalog.model(m.modelId);
            names.append(QString::fromStdString(spec ? spec->name : m.modelId));
            if (const QString where = RunAdvice::placement(m); !where.isEmpty()) {
                paragraph(cursor, where);
            }
        }
        if (const QString limit = RunAdvice::wiredLimit(a); !limit.isEmpty()) {
            paragraph(cursor, limit);
        }
        for (const QString& line : RunAdvice::commands(a, names)) {
            block(cursor, line, charFormat(kSmallPoints));
        }
    }
    if (shown == 0) {
        paragraph(cursor, tr("No machine runs this plan well, so there is no command to give."));
    }
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
    const ComparisonSelection selection{in.result.recommendation ? CompareCharts::defaultMachines(
                                            *in.result.recommendation, CompareCharts::kMaxMachines)
                                                                 : std::vector<std::string>{},
                                        CompareCharts::allModels(in.result)};
    BOOST_OUTCOME_TRY(built, CompareCharts::build(in.result, in.inputs, selection, ChartStyle::paper()));
    if (!keepGoing(10)) {
        return false;
    }
    // One edit block: the document is laid out once at the end, not after every table cell (5 s -> ms
    // for a 32-machine table). Page 1 is the decision; everything else is an appendix.
    cursor.beginEditBlock();
    decisionPage(cursor, in, charts, std::move(built[CompareCharts::Tco]));
    tierSection(cursor, in);
    machinesTable(cursor, in);
    runSection(cursor, in);
    cursor.endEditBlock();
    if (!keepGoing(20)) {
        return false;
    }
    cursor.beginEditBlock();
    heading(cursor, tr("Appendix: comparison of the top machines"), true);
    for (std::unique_ptr<QChart>& chart : built) {
        if (!chart) {
            continue; // the cost chart is on page 1
        }
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
