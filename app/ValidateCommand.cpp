// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidateCommand.h"

#include "CalibrateCommand.h"
#include "CommandHelp.h"
#include "OptionValues.h"
#include "core/Statistics.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <set>

namespace localrig::app {

namespace {

constexpr int kWorstRows = 8;

// Cross-validated errors of one set of rows under the three predictors.
struct Comparison
{
    QString backend;
    QString cls;
    core::ErrorSummary calibrated;
    core::ErrorSummary naive;
    core::ErrorSummary global;
};

Comparison compare(const QString& backend, const QString& cls, const std::vector<core::CrossValidatedDecode>& rows,
                   const std::function<bool(const core::CrossValidatedDecode&)>& include)
{
    std::vector<double> calibrated;
    std::vector<double> naive;
    std::vector<double> global;
    for (const core::CrossValidatedDecode& row : rows) {
        if (include(row)) {
            calibrated.push_back(core::absolutePercentageError(row.predicted, row.measured));
            naive.push_back(core::absolutePercentageError(row.naive, row.measured));
            global.push_back(core::absolutePercentageError(row.globalConstant, row.measured));
        }
    }
    return Comparison{backend, cls, core::summarise(calibrated), core::summarise(naive), core::summarise(global)};
}

std::vector<Comparison> comparisons(const std::vector<core::CrossValidatedDecode>& rows)
{
    std::vector<Comparison> out;
    for (core::BackendFamily family : {core::BackendFamily::Metal, core::BackendFamily::Cuda,
                                       core::BackendFamily::RocmVulkan, core::BackendFamily::Cpu}) {
        for (bool moe : {false, true}) {
            const QString name = QString::fromLatin1(core::toString(family).data());
            Comparison c = compare(name, moe ? QStringLiteral("moe") : QStringLiteral("dense"), rows,
                                   [&](const auto& row) { return row.family == family && row.moe == moe; });
            if (c.calibrated.rows > 0) {
                out.push_back(c);
            }
        }
    }
    out.push_back(compare(QStringLiteral("all"), QStringLiteral("dense"), rows, [](const auto& r) { return !r.moe; }));
    out.push_back(compare(QStringLiteral("all"), QStringLiteral("moe"), rows, [](const auto& r) { return r.moe; }));
    out.push_back(compare(QStringLiteral("all"), QStringLiteral("all"), rows, [](const auto&) { return true; }));
    return out;
}

QJsonObject toJson(const core::ErrorSummary& s)
{
    return QJsonObject{{QStringLiteral("median_ape"), s.medianApe}, {QStringLiteral("p90_ape"), s.p90Ape}};
}

std::vector<core::CrossValidatedDecode> worst(std::vector<core::CrossValidatedDecode> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return core::absolutePercentageError(a.predicted, a.measured)
            > core::absolutePercentageError(b.predicted, b.measured);
    });
    rows.resize(std::min<std::size_t>(rows.size(), kWorstRows));
    return rows;
}

core::ErrorSummary prefillSummary(const core::CalibrationResult& r)
{
    std::vector<double> errors;
    for (const core::CrossValidatedPrefill& row : r.prefillRows) {
        if (row.predicted) {
            errors.push_back(core::absolutePercentageError(*row.predicted, row.measured));
        }
    }
    return core::summarise(errors);
}

int hardwareCount(const core::CalibrationResult& r)
{
    std::set<std::string> keys;
    for (const core::CrossValidatedDecode& row : r.decodeRows) {
        keys.insert(row.hardwareKey);
    }
    return static_cast<int>(keys.size());
}

QJsonObject toJson(const core::CalibrationResult& r)
{
    QJsonArray groups;
    QJsonObject overall;
    for (const Comparison& c : comparisons(r.decodeRows)) {
        const QJsonObject entry{
            {QStringLiteral("backend"), c.backend},      {QStringLiteral("class"), c.cls},
            {QStringLiteral("rows"), c.calibrated.rows}, {QStringLiteral("calibrated"), toJson(c.calibrated)},
            {QStringLiteral("naive"), toJson(c.naive)},  {QStringLiteral("global_constant"), toJson(c.global)}};
        if (c.backend == QLatin1String("all")) {
            overall.insert(c.cls, entry);
        } else {
            groups.append(entry);
        }
    }
    QJsonArray worstRows;
    for (const core::CrossValidatedDecode& row : worst(r.decodeRows)) {
        worstRows.append(
            QJsonObject{{QStringLiteral("line"), row.line},
                        {QStringLiteral("label"), QString::fromStdString(row.label)},
                        {QStringLiteral("hardware"), QString::fromStdString(row.hardwareKey)},
                        {QStringLiteral("measured_tps"), row.measured},
                        {QStringLiteral("predicted_tps"), row.predicted},
                        {QStringLiteral("ape"), core::absolutePercentageError(row.predicted, row.measured)}});
    }
    const core::ErrorSummary prefill = prefillSummary(r);
    QJsonObject prefillJson = toJson(prefill);
    prefillJson.insert(QStringLiteral("rows"), prefill.rows);
    QJsonArray skipped;
    for (const core::SkippedRow& row : r.samples.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("line"), row.line},
                                   {QStringLiteral("reason"), QString::fromStdString(row.reason)}});
    }
    return QJsonObject{
        {QStringLiteral("method"), QStringLiteral("leave-one-hardware-out")},
        {QStringLiteral("hardware"), hardwareCount(r)},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("overall"), overall},
        {QStringLiteral("global_efficiency"), r.globalDecode.efficiency(core::BackendFamily::Cuda, false)},
        {QStringLiteral("worst"), worstRows},
        {QStringLiteral("prefill"), prefillJson},
        {QStringLiteral("skipped"), skipped}};
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 1);
}

void printHuman(const core::CalibrationResult& r, QTextStream& out)
{
    out << ValidateCommand::tr("Decode, leave-one-hardware-out: each hardware predicted by a fit without its rows.")
        << '\n'
        << ValidateCommand::tr("Absolute percentage error, median / 90th percentile:") << "\n\n"
        << QStringLiteral("%1 %2 %3  %4  %5  %6")
               .arg(ValidateCommand::tr("backend"), -12)
               .arg(ValidateCommand::tr("class"), -6)
               .arg(ValidateCommand::tr("rows"), 4)
               .arg(ValidateCommand::tr("calibrated"), 13)
               .arg(ValidateCommand::tr("naive"), 13)
               .arg(ValidateCommand::tr("global eta"), 13)
        << '\n';
    for (const Comparison& c : comparisons(r.decodeRows)) {
        const auto pair = [](const core::ErrorSummary& s) {
            return QStringLiteral("%1 / %2").arg(percent(s.medianApe), 5).arg(percent(s.p90Ape), 5);
        };
        out << QStringLiteral("%1 %2 %3  %4  %5  %6")
                   .arg(c.backend, -12)
                   .arg(c.cls, -6)
                   .arg(c.calibrated.rows, 4)
                   .arg(pair(c.calibrated), 13)
                   .arg(pair(c.naive), 13)
                   .arg(pair(c.global), 13)
            << '\n';
    }
    out << '\n'
        << ValidateCommand::tr("global eta = one efficiency for every row (%1 on all rows), no fixed time, no kernels.")
               .arg(QString::number(r.globalDecode.efficiency(core::BackendFamily::Cuda, false), 'f', 3))
        << '\n'
        << ValidateCommand::tr("naive = bandwidth / file size.") << "\n\n"
        << ValidateCommand::tr("Worst rows (cross-validated):") << '\n';
    for (const core::CrossValidatedDecode& row : worst(r.decodeRows)) {
        out << ValidateCommand::tr("  line %1  %2%  measured %3, predicted %4  %5")
                   .arg(row.line, 3)
                   .arg(percent(core::absolutePercentageError(row.predicted, row.measured)), 6)
                   .arg(QString::number(row.measured, 'f', 1), QString::number(row.predicted, 'f', 1),
                        QString::fromStdString(row.label))
            << '\n';
    }
    const core::ErrorSummary prefill = prefillSummary(r);
    out << '\n'
        << ValidateCommand::tr("Prefill, leave-one-hardware-out (rows with sourced FLOPS): %1 rows, %2 / %3")
               .arg(prefill.rows)
               .arg(percent(prefill.medianApe), percent(prefill.p90Ape))
        << '\n';
    int prefillWithoutFlops = 0;
    for (const core::SkippedRow& row : r.samples.skipped) {
        if (row.reason.starts_with("prefill:")) {
            ++prefillWithoutFlops; // one line for all, not one per row
        } else {
            out << ValidateCommand::tr("  line %1: %2").arg(row.line).arg(QString::fromStdString(row.reason)) << '\n';
        }
    }
    if (prefillWithoutFlops > 0) {
        out << ValidateCommand::tr("  prefill: %n row(s) on hardware without sourced FP16 FLOPS (not fitted)", nullptr,
                                   prefillWithoutFlops)
            << '\n';
    }
}

} // namespace

QString ValidateCommand::name() const
{
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const
{
    return tr("Cross-validated accuracy of the speed model on a measurements CSV.");
}

int ValidateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("json"), tr("Print machine-readable JSON.")},
        {QStringLiteral("data"), tr("Measurements CSV (columns of measured-public.csv)."), QStringLiteral("file")},
    });
    if (!parser.parse(arguments)) {
        err << tr("localrig validate: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QString data = parser.value(QStringLiteral("data"));
    if (data.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << tr("localrig validate: --data FILE is required (and nothing else)") << Qt::endl;
        return ExitBadArguments;
    }
    auto result = calibrateFile(data);
    if (!result) {
        err << tr("localrig validate: %1: %2").arg(data, errorLine(result.error())) << Qt::endl;
        return ExitFailure;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(result.value())).toJson(QJsonDocument::Indented);
    } else {
        printHuman(result.value(), out);
    }
    return ExitOk;
}

} // namespace localrig::app
