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

using core::Holdout;

constexpr int kWorstRows = 8;
constexpr std::array<core::BackendFamily, core::kBackendFamilyCount> kFamilies{
    core::BackendFamily::Metal, core::BackendFamily::Cuda, core::BackendFamily::RocmVulkan, core::BackendFamily::Cpu};

// Cross-validated errors of one set of rows under the three predictors, with held-out band coverage.
struct Comparison
{
    QString backend;
    QString cls;
    core::ErrorSummary calibrated;
    core::ErrorSummary naive;
    core::ErrorSummary global;
};

std::vector<Comparison> comparisons(const std::vector<core::CrossValidatedDecode>& rows, Holdout holdout)
{
    const std::vector<bool> inside = core::insideHeldOutBand(rows, holdout);
    const std::vector<bool> insideGlobal = core::insideHeldOutBand(rows, holdout, true);
    std::vector<Comparison> out;
    const auto add = [&](const QString& backend, const QString& cls, const auto& include) {
        std::vector<double> calibrated;
        std::vector<double> naive;
        std::vector<double> global;
        std::vector<bool> selected;
        for (const core::CrossValidatedDecode& row : rows) {
            selected.push_back(include(row));
            if (selected.back()) {
                calibrated.push_back(core::absolutePercentageError(row.predictedFor(holdout), row.measured));
                naive.push_back(core::absolutePercentageError(row.naive, row.measured));
                global.push_back(core::absolutePercentageError(row.globalFor(holdout), row.measured));
            }
        }
        Comparison c{backend, cls, core::summarise(calibrated), core::summarise(naive), core::summarise(global)};
        c.calibrated.coverage = core::shareTrue(inside, selected);
        c.global.coverage = core::shareTrue(insideGlobal, selected);
        if (c.calibrated.rows > 0) {
            out.push_back(c);
        }
    };
    for (core::BackendFamily family : kFamilies) {
        for (bool moe : {false, true}) {
            add(QString::fromLatin1(core::toString(family).data()),
                moe ? QStringLiteral("moe") : QStringLiteral("dense"),
                [&](const auto& row) { return row.family == family && row.moe == moe; });
        }
    }
    add(QStringLiteral("all"), QStringLiteral("dense"), [](const auto& r) { return !r.moe; });
    add(QStringLiteral("all"), QStringLiteral("moe"), [](const auto& r) { return r.moe; });
    add(QStringLiteral("all"), QStringLiteral("all"), [](const auto&) { return true; });
    return out;
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

// Prefill and time to first token per backend family (TTFT error = |measured/predicted - 1| of the rate).
struct PrefillGroup
{
    QString backend;
    core::ErrorSummary prefill;
    core::ErrorSummary ttft;
};

std::vector<PrefillGroup> prefillGroups(const core::CalibrationResult& r, Holdout holdout)
{
    const std::vector<bool> inside = core::insideHeldOutBand(r.prefillRows, holdout);
    std::vector<PrefillGroup> out;
    for (std::size_t f = 0; f <= kFamilies.size(); ++f) {
        const bool all = f == kFamilies.size();
        std::vector<double> pp;
        std::vector<double> ttft;
        std::vector<bool> selected;
        for (const core::CrossValidatedPrefill& row : r.prefillRows) {
            const auto predicted = row.predictedFor(holdout);
            selected.push_back(predicted && (all || row.family == kFamilies[f]));
            if (selected.back()) {
                pp.push_back(core::absolutePercentageError(*predicted, row.measured));
                // TTFT = prompt / prefill t/s, so its error is |measured / predicted - 1|.
                ttft.push_back(core::absolutePercentageError(1.0 / *predicted, 1.0 / row.measured));
            }
        }
        if (!pp.empty()) {
            PrefillGroup g{all ? QStringLiteral("all") : QString::fromLatin1(core::toString(kFamilies[f]).data()),
                           core::summarise(pp), core::summarise(ttft)};
            g.prefill.coverage = g.ttft.coverage = core::shareTrue(inside, selected);
            out.push_back(g);
        }
    }
    return out;
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
    for (const Comparison& c : comparisons(r.decodeRows, holdout)) {
        const QJsonObject entry{{QStringLiteral("backend"), c.backend},
                                {QStringLiteral("class"), c.cls},
                                {QStringLiteral("rows"), c.calibrated.rows},
                                {QStringLiteral("calibrated"), toJson(c.calibrated)},
                                {QStringLiteral("naive"), toJson(c.naive, false)},
                                {QStringLiteral("global_constant"), toJson(c.global)}};
        if (c.backend == QLatin1String("all")) {
            overall.insert(c.cls, entry);
        } else {
            groups.append(entry);
        }
    }
    QJsonArray prefill;
    for (const PrefillGroup& g : prefillGroups(r, holdout)) {
        prefill.append(QJsonObject{{QStringLiteral("backend"), g.backend},
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
    for (const PrefillGroup& g : prefillGroups(r, Holdout::Hardware)) {
        if (g.backend == QLatin1String("all")) {
            prefillJson = toJson(g.prefill);
            prefillJson.insert(QStringLiteral("rows"), g.prefill.rows);
        }
    }
    QJsonArray skipped;
    for (const core::SkippedRow& row : r.samples.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("line"), row.line},
                                   {QStringLiteral("reason"), QString::fromStdString(row.reason)}});
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
                     {QStringLiteral("prefill"), prefillJson},
                     {QStringLiteral("skipped"), skipped}};
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
    for (const Comparison& c : comparisons(r.decodeRows, holdout)) {
        out << QStringLiteral("%1 %2 %3  %4  %5  %6")
                   .arg(c.backend, -12)
                   .arg(c.cls, -6)
                   .arg(c.calibrated.rows, 4)
                   .arg(triple(c.calibrated), 21)
                   .arg(triple(c.global), 21)
                   .arg(QStringLiteral("%1 / %2").arg(percent(c.naive.medianApe), 5).arg(percent(c.naive.p90Ape), 5),
                        13)
            << '\n';
    }
    out << ValidateCommand::tr("Prefill and time to first token by backend (rows with sourced FP16 FLOPS):") << '\n';
    for (const PrefillGroup& g : prefillGroups(r, holdout)) {
        out << ValidateCommand::tr("  %1 rows %2  prefill %3  TTFT %4")
                   .arg(g.backend, -12)
                   .arg(g.prefill.rows, 3)
                   .arg(triple(g.prefill), 21)
                   .arg(triple(g.ttft), 21)
            << '\n';
    }
    out << '\n';
}

void printHuman(const core::CalibrationResult& r, const std::vector<core::FormScore>& forms, QTextStream& out)
{
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
                       .arg(QString::fromStdString(f.form.name), -48)
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
        {QStringLiteral("data"), tr("Measurements CSV (columns of measured-public.csv); repeat for several files."),
         QStringLiteral("file")},
        {QStringLiteral("forms"), tr("Also cross-validate every candidate decode form (slower).")},
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
    auto result = calibrateFiles(files);
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
        printHuman(result.value(), forms, out);
    }
    return ExitOk;
}

} // namespace localrig::app
