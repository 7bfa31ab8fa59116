// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CatalogSession.h"
#include "CommandHelp.h"
#include "OptionValues.h"
#include "PlanOptions.h"
#include "ui/PlanCalculator.h"
#include "ui/report/PdfReportWriter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>

namespace localrig::app {

QString ReportCommand::name() const
{
    return QStringLiteral("report");
}

QString ReportCommand::summary() const
{
    return tr("Write the recommendation for your workloads as a PDF.");
}

int ReportCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("pdf"), tr("The PDF file to write."), QStringLiteral("file")));
    addPlanOptions(parser);
    if (!parser.parse(arguments)) {
        err << tr("localrig report: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QString path = parser.value(QStringLiteral("pdf"));
    if (path.isEmpty()) {
        err << tr("localrig report: give the file to write with --pdf FILE") << Qt::endl;
        return ExitBadArguments;
    }
    auto session = openCatalogSession(err);
    if (!session) {
        err << tr("localrig report: %1").arg(errorLine(session.error())) << Qt::endl;
        return ExitFailure;
    }
    auto inputs = readPlanOptions(parser, session.value().catalog);
    if (!inputs) {
        err << tr("localrig report: %1").arg(errorLine(inputs.error())) << Qt::endl;
        return ExitBadArguments;
    }
    ui::PlanCalculator calculator(session.value().data);
    calculator.setInputs(inputs.value());
    if (!calculator.result().recommendation) {
        const Error error = calculator.result().error.value_or(Error{ErrorCode::InvalidInput, "no recommendation"});
        err << tr("localrig report: %1").arg(errorLine(error)) << Qt::endl;
        return ExitBadArguments;
    }
    QElapsedTimer timer;
    timer.start();
    auto written = ui::writePdfReport(path, calculator.result(), calculator.inputs(), session.value().data);
    if (!written) {
        err << tr("localrig report: %1").arg(errorLine(written.error())) << Qt::endl;
        return ExitFailure;
    }
    out << tr("Wrote %1 in %2 ms").arg(path, QLocale().toString(static_cast<double>(timer.elapsed()), 'f', 0)) << '\n';
    return ExitOk;
}

} // namespace localrig::app
