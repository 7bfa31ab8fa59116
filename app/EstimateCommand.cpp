// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EstimateCommand.h"

#include "CatalogSession.h"
#include "CommandHelp.h"
#include "EstimateRequest.h"
#include "JsonOutput.h"
#include "OptionValues.h"
#include "core/Enums.h"
#include "core/SpeedEstimate.h"
#include "core/Units.h"
#include "ui/PlatformCatalogModel.h"
#include "ui/Wording.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QLocale>

namespace localrig::app {

namespace {

// Binary GB, as RAM is sold and as the window shows it (README: units).
QString gib(double bytes)
{
    return QLocale().toString(core::bytesToGiB(bytes), 'f', 1);
}

QString tps(double value)
{
    return QLocale().toString(value, 'f', value < 10.0 ? 1 : 0);
}

// A published figure as it was published: 84.1, 59.85, 3782.76.
QString published(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

// "; measured 84.1 tokens/s (llama.cpp benches, 2025-11-02)", naming the backend when it is not the machine's own.
QString measuredSuffix(const db::MeasurementEntry& m, core::Backend platformBackend)
{
    return m.backend == platformBackend
        ? EstimateCommand::tr("; measured %1 tokens/s (%2, %3)")
              .arg(published(m.decodeTps), m.sourceName, m.source.sourceDate)
        : EstimateCommand::tr("; measured %1 tokens/s on %2 (%3, %4)")
              .arg(published(m.decodeTps), ui::PlatformCatalogModel::backendText(m.backend), m.sourceName,
                   m.source.sourceDate);
}

// "Measured    at context 0 on CUDA, prefill 3782.76 tokens/s (2048-token prompt): https://..."
QString measuredDetail(const db::MeasurementEntry& m)
{
    QString prefill;
    if (m.prefillTps) {
        prefill = m.promptTokens
            ? EstimateCommand::tr(", prefill %1 tokens/s (%Ln-token prompt)", nullptr, *m.promptTokens)
                  .arg(published(*m.prefillTps))
            : EstimateCommand::tr(", prefill %1 tokens/s").arg(published(*m.prefillTps));
    }
    return EstimateCommand::tr("Measured    at context %1 on %2%3: %4")
        .arg(QLocale().toString(m.contextTokens), ui::PlatformCatalogModel::backendText(m.backend), prefill,
             m.source.source);
}

} // namespace

QString EstimateCommand::name() const
{
    return QStringLiteral("estimate");
}

QString EstimateCommand::summary() const
{
    return tr("Memory, fit and speed of one model on one machine.");
}

int EstimateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    addRawSpecOptions(parser);
    addCatalogOptions(parser);
    addScenarioOptions(parser);
    if (!parser.parse(arguments)) {
        err << tr("localrig estimate: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("localrig estimate: unexpected argument '%1'").arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return ExitBadArguments;
    }

    if (!usesCatalogNames(parser) && !parser.isSet(QStringLiteral("params"))) {
        err << tr("localrig estimate: name a catalog model and machine (--model NAME --machine NAME [--quant NAME]) "
                  "or give raw figures (--params B --bpw X --layers N --kv-heads N --head-dim N --memory-gb X "
                  "--bandwidth GBps); see --help")
            << Qt::endl;
        return ExitBadArguments;
    }
    Result<EstimateRequest> request = makeError(ErrorCode::InvalidInput, "no request");
    std::optional<db::MeasurementEntry> measured; // only catalog names can have a published measurement
    if (usesCatalogNames(parser)) {
        auto session = openCatalogSession(err);
        if (!session) {
            err << tr("localrig estimate: %1").arg(errorLine(session.error())) << Qt::endl;
            return ExitFailure;
        }
        request = readCatalogSpec(parser, session.value().catalog);
        if (request) {
            const EstimateRequest& in = request.value();
            measured = session.value().catalog.measurement(
                QString::fromStdString(in.model.id), QString::fromStdString(in.quant.id),
                QString::fromStdString(in.platform.id), in.scenario.contextTokens);
        }
    } else {
        request = readRawSpec(parser);
    }
    if (!request) {
        err << tr("localrig estimate: %1").arg(errorLine(request.error())) << Qt::endl;
        return ExitBadArguments;
    }
    const EstimateRequest& in = request.value();
    const core::SizingConstants constants;
    auto memory = core::estimateMemory(in.model, in.quant, in.scenario, constants, in.fileBytes);
    if (!memory) {
        err << tr("localrig estimate: %1").arg(errorLine(memory.error())) << Qt::endl;
        return ExitBadArguments;
    }
    auto fit = core::assessFit(memory.value(), in.platform, in.scenario, constants);
    if (!fit) {
        err << tr("localrig estimate: %1").arg(errorLine(fit.error())) << Qt::endl;
        return ExitBadArguments;
    }
    std::optional<core::SpeedEstimate> speed;
    if (fit.value().verdict != core::FitVerdict::WontFit) {
        const core::SpeedInputs inputs{in.model, in.quant, memory.value(), fit.value(), in.platform, in.scenario};
        auto estimate = core::estimateSpeed(inputs, core::SpeedCalibration::fitted(), constants, in.promptTokens);
        if (!estimate) {
            err << tr("localrig estimate: %1").arg(errorLine(estimate.error())) << Qt::endl;
            return ExitBadArguments;
        }
        speed = estimate.value();
    }

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root = speedToJson(speed ? &*speed : nullptr);
        root.insert(QStringLiteral("memory"), toJson(memory.value()));
        root.insert(QStringLiteral("fit"), toJson(fit.value()));
        root.insert(QStringLiteral("measured"), measuredToJson(measured ? &*measured : nullptr));
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const core::MemoryBreakdown& m = memory.value();
    out << tr("Memory (GB = 2³⁰ bytes, as RAM is sold)") << '\n'
        << tr("  Weights   %1").arg(gib(m.weightsBytes), 8) << '\n'
        << tr("  KV cache  %1").arg(gib(m.kvCacheBytes + m.fixedStateBytes), 8) << '\n'
        << tr("  Overhead  %1").arg(gib(m.overheadBytes), 8) << '\n'
        << tr("  Total     %1   comfortable up to %2 of %3")
               .arg(gib(m.totalBytes), 8, QLatin1Char(' '))
               .arg(gib(fit.value().comfortableLimitBytes), gib(fit.value().poolBytes))
        << '\n'
        << tr("Fit         %1").arg(ui::Wording::verdict(fit.value().verdict)) << '\n';
    const QString measuredText = measured ? measuredSuffix(*measured, in.platform.backend) : QString();
    if (speed) {
        out << QString(tr("Decode      %1 tokens/s (%2 to %3)")
                           .arg(tps(speed->decodeTps.expected), tps(speed->decodeTps.low), tps(speed->decodeTps.high))
                       + measuredText)
            << '\n';
        if (speed->prefillTps) {
            out << tr("Prefill     %1 tokens/s; first token after %2 s for %Ln prompt tokens", nullptr,
                      speed->promptTokens)
                       .arg(tps(speed->prefillTps->expected),
                            QLocale().toString(speed->timeToFirstTokenSeconds->expected, 'f', 1))
                << '\n';
        }
    } else {
        out << QString(tr("Decode      none: the model does not fit") + measuredText) << '\n';
    }
    if (measured) {
        out << measuredDetail(*measured) << '\n';
    }
    return ExitOk;
}

} // namespace localrig::app
