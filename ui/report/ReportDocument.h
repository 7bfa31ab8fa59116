// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/CatalogData.h"
#include "ui/PlanCalculator.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>

class QChart;
class QTextCursor;
class QTextDocument;

namespace localrig::ui {

class ChartTextObject;

// What the report is about.
struct ReportInput
{
    const PlanResult& result;
    const PlanInputs& inputs;
    const CatalogData& catalog;
    QDate date;
};

// Writes the report's content into a paged QTextDocument: title page, inputs, tier card, ranked machines
// (a table whose header repeats on every page), the four comparison charts, assumptions, sources and the
// disclaimer. Text stays text; tables wrap instead of clipping.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)

public:
    // `keepGoing(percent)` is asked between sections; false stops the build and returns false.
    static Result<bool> build(QTextDocument& doc, ChartTextObject& charts, const ReportInput& in,
                              const std::function<bool(int)>& keepGoing);
    // The headline the title page leads with (the tier card's).
    static QString headline(const PlanResult& result, const CatalogData& catalog);

private:
    // Page 1: the answer, the top three priced machines with their verdicts, and the cost chart.
    static void decisionPage(QTextCursor& cursor, const ReportInput& in, ChartTextObject& charts,
                             std::unique_ptr<QChart> costChart);
    static void tierSection(QTextCursor& cursor, const ReportInput& in);
    static void machinesTable(QTextCursor& cursor, const ReportInput& in);
    // The top machines' llama.cpp command lines, where the weights go and the Mac's GPU-limit step (issue 17).
    static void runSection(QTextCursor& cursor, const ReportInput& in);
    static void textSections(QTextCursor& cursor, const ReportInput& in);
};

} // namespace localrig::ui
