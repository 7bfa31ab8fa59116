// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidateCommand.h"

#include "CalibrateCommand.h"
#include "CommandHelp.h"
#include "OptionValues.h"
#include "core/Statistics.h"
#include "core/ValidationReport.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

namespace localrig::app {

namespace {

using core::Holdout;

constexpr int kWorstRows = 8;

using Comparison = core::GroupComparison;
using core::PrefillGroup;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

QJsonObject toJson(const core::ErrorSummary& s, bool withCoverage = true)
{
    QJsonObject o{{QStringLiteral("median_ape"), s.medianApe}, {QStringLiteral("p90_ape"), s.p90Ape}};
    if (withCoverage) {
        o.insert(QStringLiteral("coverage"), s.coverage);
    }
    return o;
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

int distinct(const core::CalibrationResult& r, Holdout holdout)
{
    std::set<std::string> keys;
    for (const core::CrossValidatedDecode& row : r.decodeRows) {
        keys.insert(row.groupFor(holdout));
    }
    return static_cast<int>(keys.size());
}

QJsonObject holdoutJson(const core::CalibrationResult& r, Holdout holdout)
{
    QJsonArray groups;
    QJsonObject overall;
    for (const Comparison& c : core::decodeComparisons(r.decodeRows, holdout, r.offloadRows)) {
        const QJsonObject entry{
            {QStringLiteral("backend"), text(c.backend)},      {QStringLiteral("class"), text(c.cls)},
            {QStringLiteral("rows"), c.calibrated.rows},       {QStringLiteral("calibrated"), toJson(c.calibrated)},
            {QStringLiteral("naive"), toJson(c.naive, false)}, {QStringLiteral("global_constant"), toJson(c.global)}};
        if (c.backend == "all") {
            overall.insert(text(c.cls), entry);
        } else {
            groups.append(entry);
        }
    }
    QJsonArray prefill;
    for (const PrefillGroup& g : core::prefillGroups(r.prefillRows, holdout)) {
        prefill.append(QJsonObject{{QStringLiteral("backend"), text(g.backend)},
                                   {QStringLiteral("rows"), g.prefill.rows},
                                   {QStringLiteral("prefill"), toJson(g.prefill)},
                                   {QStringLiteral("ttft"), toJson(g.ttft)}});
    }
    return QJsonObject{{QStringLiteral("groups"), groups},
                       {QStringLiteral("overall"), overall},
                       {QStringLiteral("prefill_by_backend"), prefill}};
}

QJsonObject toJson(const core::CalibrationResult& r, const std::vector<core::FormScore>& forms)
{
    QJsonArray worstRows;
    QJsonArray offloadRows; // expert-offload rows, validation only (issue 17)
    for (const core::CrossValidatedDecode& row : r.offloadRows) {
        offloadRows.append(QJsonObject{{QStringLiteral("label"), QString::fromStdString(row.label)},
                                       {QStringLiteral("measured_tps"), row.measured},
                                       {QStringLiteral("predicted_tps"), row.predicted}});
    }
    for (const core::CrossValidatedDecode& row : worst(r.decodeRows)) {
        worstRows.append(
            QJsonObject{{QStringLiteral("line"), row.line},
                        {QStringLiteral("label"), QString::fromStdString(row.label)},
                        {QStringLiteral("hardware"), QString::fromStdString(row.hardwareKey)},
                        {QStringLiteral("measured_tps"), row.measured},
                        {QStringLiteral("predicted_tps"), row.predicted},
                        {QStringLiteral("ape"), core::absolutePercentageError(row.predicted, row.measured)}});
    }
    QJsonObject prefillJson;
    for (const PrefillGroup& g : core::prefillGroups(r.prefillRows, Holdout::Hardware)) {
        if (g.backend == "all") {
            prefillJson = toJson(g.prefill);
            prefillJson.insert(QStringLiteral("rows"), g.prefill.rows);
        }
    }
    QJsonArray formsJson;
    for (const core::FormScore& f : forms) {
        formsJson.append(QJsonObject{{QStringLiteral("form"), QString::fromStdString(f.form.name)},
                                     {QStringLiteral("free_parameters"), f.freeParameters},
                                     {QStringLiteral("by_hardware"), toJson(f.byHardware)},
                                     {QStringLiteral("by_model_family"), toJson(f.byFamily)}});
    }
    const QJsonObject byHardware = holdoutJson(r, Holdout::Hardware);
    QJsonObject root{{QStringLiteral("method"), QStringLiteral("leave-one-hardware-out")},
                     {QStringLiteral("hardware"), distinct(r, Holdout::Hardware)},
                     {QStringLiteral("model_families"), distinct(r, Holdout::ModelFamily)},
                     {QStringLiteral("groups"), byHardware.value(QStringLiteral("groups"))},
                     {QStringLiteral("overall"), byHardware.value(QStringLiteral("overall"))},
                     {QStringLiteral("by_hardware"), byHardware},
                     {QStringLiteral("by_model_family"), holdoutJson(r, Holdout::ModelFamily)},
                     {QStringLiteral("global_efficiency"), r.globalDecode.efficiency(core::BackendFamily::Cuda, false)},
                     {QStringLiteral("worst"), worstRows},
                     {QStringLiteral("offload_rows"), offloadRows},
                     {QStringLiteral("prefill"), prefillJson},
                     {QStringLiteral("skipped"), skippedJson(r.samples.skipped)}};
    if (!forms.empty()) {
        root.insert(QStringLiteral("forms"), formsJson);
    }
    return root;
}

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 1);
}

QString triple(const core::ErrorSummary& s)
{
    return QStringLiteral("%1 / %2 / %3")
        .arg(percent(s.medianApe), 5)
        .arg(percent(s.p90Ape), 5)
        .arg(percent(s.coverage), 5);
}

void printHoldout(const core::CalibrationResult& r, Holdout holdout, QTextStream& out)
{
    const bool hw = holdout == Holdout::Hardware;
    out << (hw ? ValidateCommand::tr("Decode, leave-one-hardware-out (%1 hardware): each hardware predicted by a fit "
                                     "without its rows.")
                     .arg(distinct(r, holdout))
               : ValidateCommand::tr("Decode, leave-one-model-family-out (%1 families): each model family predicted "
                                     "by a fit without its rows.")
                     .arg(distinct(r, holdout)))
        << '\n'
        << ValidateCommand::tr("Absolute percentage error median / p90 / band coverage (%), naive median / p90:")
        << '\n'
        << QStringLiteral("%1 %2 %3  %4  %5  %6")
               .arg(ValidateCommand::tr("backend"), -12)
               .arg(ValidateCommand::tr("class"), -6)
               .arg(ValidateCommand::tr("rows"), 4)
               .arg(ValidateCommand::tr("model"), 21)
               .arg(ValidateCommand::tr("one constant"), 21)
               .arg(ValidateCommand::tr("naive"), 13)
        << '\n';
    for (const Comparison& c : core::decodeComparisons(r.decodeRows, holdout, r.offloadRows)) {
        out << QStringLiteral("%1 %2 %3  %4  %5  %6")
                   .arg(text(c.backend), -12)
                   .arg(text(c.cls), -6)
                   .arg(c.calibrated.rows, 4)
                   .arg(triple(c.calibrated), 21)
                   .arg(triple(c.global), 21)
                   .arg(QStringLiteral("%1 / %2").arg(percent(c.naive.medianApe), 5).arg(percent(c.naive.p90Ape), 5),
                        13)
            << '\n';
    }
    out << ValidateCommand::tr("Prefill and time to first token by backend (rows with sourced FP16 FLOPS):") << '\n';
    for (const PrefillGroup& g : core::prefillGroups(r.prefillRows, holdout)) {
        out << ValidateCommand::tr("  %1 rows %2  prefill %3  TTFT %4")
                   .arg(text(g.backend), -12)
                   .arg(g.prefill.rows, 3)
                   .arg(triple(g.prefill), 21)
                   .arg(triple(g.ttft), 21)
            << '\n';
    }
    out << '\n';
}

// "metal x2.5, cuda x1.0 ..." for the families with rows at depth: the factor each chose (shrunk).
QString familyAttention(const core::PrefillModel& prefill)
{
    QStringList parts;
    for (std::size_t f = 0; f < core::kBackendFamilyCount; ++f) {
        if (prefill.deepRows[f] > 0) {
            parts << ValidateCommand::tr("%1 x%2 from %n row(s) at depth", nullptr, prefill.deepRows[f])
                         .arg(QString::fromStdString(std::string(core::toString(static_cast<core::BackendFamily>(f)))))
                         .arg(QString::number(prefill.familyAttentionFactor[f], 'f', 2));
        }
    }
    return parts.isEmpty() ? ValidateCommand::tr("no rows at depth") : parts.join(QStringLiteral("; "));
}

void printHuman(const core::CalibrationResult& r, const std::vector<core::FormScore>& forms, const std::string& form,
                QTextStream& out)
{
    out << ValidateCommand::tr("Decode form: %1 (layer %2 us, KV x%3, compute factor %4)")
               .arg(QString::fromStdString(form), QString::number(r.decode.layerSeconds * 1e6, 'f', 0),
                    QString::number(r.decode.kvFactor, 'f', 2), QString::number(r.decode.computeFactor, 'f', 0))
        << '\n'
        << ValidateCommand::tr("Prefill form: attention FLOPs x%1 (%2), weights read once per micro-batch: %3")
               .arg(QString::number(r.prefill.attentionFactor, 'f', 1), familyAttention(r.prefill),
                    r.prefill.streamWeights ? ValidateCommand::tr("yes") : ValidateCommand::tr("no"))
        << "\n\n";
    printHoldout(r, Holdout::Hardware, out);
    printHoldout(r, Holdout::ModelFamily, out);
    out << ValidateCommand::tr(
               "one constant = tokens/s = c x bandwidth / bytes per token (c = %1 on all rows, refitted "
               "per fold); naive = bandwidth / file size.")
               .arg(QString::number(r.globalDecode.efficiency(core::BackendFamily::Cuda, false), 'f', 3))
        << '\n'
        << ValidateCommand::tr("coverage = share of rows inside [low, high] built from other groups' residuals only.")
        << "\n\n";
    if (!forms.empty()) {
        out << ValidateCommand::tr("Candidate decode forms (free parameters; median / p90 / coverage):") << '\n';
        for (const core::FormScore& f : forms) {
            out << QStringLiteral("  %1 %2  LOHO %3  LOFO %4")
                       .arg(QString::fromStdString(f.form.name), -56)
                       .arg(f.freeParameters, 2)
                       .arg(triple(f.byHardware), 21)
                       .arg(triple(f.byFamily), 21)
                << '\n';
        }
        out << '\n';
    }
    out << ValidateCommand::tr("Worst rows (leave-one-hardware-out):") << '\n';
    for (const core::CrossValidatedDecode& row : worst(r.decodeRows)) {
        out << ValidateCommand::tr("  %1%  measured %2, predicted %3  %4")
                   .arg(percent(core::absolutePercentageError(row.predicted, row.measured)), 6)
                   .arg(QString::number(row.measured, 'f', 1), QString::number(row.predicted, 'f', 1),
                        QString::fromStdString(row.label))
            << '\n';
    }
    out << ValidateCommand::tr("Expert-offload rows (validation only, never fitted; leave-one-hardware-out):") << '\n';
    for (const core::CrossValidatedDecode& row : r.offloadRows) {
        out << ValidateCommand::tr("  %1%  measured %2, predicted %3  %4")
                   .arg(percent(core::absolutePercentageError(row.predicted, row.measured)), 6)
                   .arg(QString::number(row.measured, 'f', 1), QString::number(row.predicted, 'f', 1),
                        QString::fromStdString(row.label))
            << '\n';
    }
    out << ValidateCommand::tr("Worst prefill rows (leave-one-hardware-out):") << '\n';
    std::vector<core::CrossValidatedPrefill> prefill;
    std::copy_if(r.prefillRows.begin(), r.prefillRows.end(), std::back_inserter(prefill),
                 [](const auto& row) { return row.predicted.has_value(); });
    std::stable_sort(prefill.begin(), prefill.end(), [](const auto& a, const auto& b) {
        return core::absolutePercentageError(*a.predicted, a.measured)
            > core::absolutePercentageError(*b.predicted, b.measured);
    });
    prefill.resize(std::min<std::size_t>(prefill.size(), kWorstRows));
    for (const core::CrossValidatedPrefill& row : prefill) {
        out << ValidateCommand::tr("  %1%  measured %2, predicted %3  %4")
                   .arg(percent(core::absolutePercentageError(*row.predicted, row.measured)), 6)
                   .arg(QString::number(row.measured, 'f', 1), QString::number(*row.predicted, 'f', 1),
                        QString::fromStdString(row.label))
            << '\n';
    }
    printSkipped(r.samples.skipped, out);
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
    parser.addOptions(measurementOptions());
    parser.addOptions({
        {QStringLiteral("forms"), tr("Also cross-validate every candidate decode form (slower).")},
        {QStringLiteral("form"),
         tr("Report with candidate decode form N of --forms (1 = one constant ...) instead of the chosen one."),
         QStringLiteral("N")},
    });
    if (!parser.parse(arguments)) {
        err << tr("localrig validate: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QStringList files = parser.values(QStringLiteral("data"));
    if (files.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << tr("localrig validate: --data FILE is required (and nothing else)") << Qt::endl;
        return ExitBadArguments;
    }
    core::DecodeFitOptions options;
    if (parser.isSet(QStringLiteral("form"))) {
        const std::vector<core::DecodeForm> candidates = core::DecodeForm::candidates();
        bool ok = false;
        const int index = parser.value(QStringLiteral("form")).toInt(&ok);
        if (!ok || index < 1 || index > static_cast<int>(candidates.size())) {
            err << tr("localrig validate: --form takes 1 to %1").arg(candidates.size()) << Qt::endl;
            return ExitBadArguments;
        }
        options.form = candidates[static_cast<std::size_t>(index - 1)];
    }
    auto result = calibrateFiles(files, options);
    if (!result) {
        err << tr("localrig validate: %1: %2").arg(files.join(QLatin1Char(' ')), errorLine(result.error())) << Qt::endl;
        return ExitFailure;
    }
    std::vector<core::FormScore> forms;
    if (parser.isSet(QStringLiteral("forms"))) {
        auto scored = core::compareForms(result.value().samples.decode, core::DecodeForm::candidates());
        if (!scored) {
            err << tr("localrig validate: %1").arg(errorLine(scored.error())) << Qt::endl;
            return ExitFailure;
        }
        forms = std::move(scored).value();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(result.value(), forms)).toJson(QJsonDocument::Indented);
    } else {
        printHuman(result.value(), forms, options.form.name, out);
    }
    return ExitOk;
}

} // namespace localrig::app
