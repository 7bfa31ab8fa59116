// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalibrateCommand.h"

#include "CommandHelp.h"
#include "OptionValues.h"
#include "core/CalibrationFile.h"
#include "core/Enums.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace localrig::app {

namespace {

constexpr std::array<core::BackendFamily, core::kBackendFamilyCount> kFamilies{
    core::BackendFamily::Metal, core::BackendFamily::Cuda, core::BackendFamily::RocmVulkan, core::BackendFamily::Cpu};

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

core::Backend backendOf(core::BackendFamily family)
{
    switch (family) {
    case core::BackendFamily::Metal:
        return core::Backend::Metal;
    case core::BackendFamily::Cuda:
        return core::Backend::Cuda;
    case core::BackendFamily::RocmVulkan:
        return core::Backend::Vulkan;
    case core::BackendFamily::Cpu:
        return core::Backend::Cpu;
    }
    return core::Backend::Cpu;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QJsonObject toJson(const core::CalibrationResult& r)
{
    const core::SpeedCalibration& c = r.calibration;
    QJsonArray decode;
    for (core::BackendFamily family : kFamilies) {
        for (bool moe : {false, true}) {
            const core::DecodeCalibration& d = c.decode(backendOf(family), moe);
            decode.append(QJsonObject{{QStringLiteral("family"), text(core::toString(family))},
                                      {QStringLiteral("class"), moe ? QStringLiteral("moe") : QStringLiteral("dense")},
                                      {QStringLiteral("efficiency"), d.efficiency},
                                      {QStringLiteral("low_ratio"), d.lowRatio},
                                      {QStringLiteral("high_ratio"), d.highRatio},
                                      {QStringLiteral("rows"), d.rows}});
        }
    }
    QJsonArray kernels;
    for (std::size_t k = 0; k < core::kQuantKernelCount; ++k) {
        const auto kernel = static_cast<core::QuantKernel>(k);
        kernels.append(QJsonObject{{QStringLiteral("kernel"), text(core::toString(kernel))},
                                   {QStringLiteral("factor"), c.kernelFactor(kernel)},
                                   {QStringLiteral("rows"), c.kernelRows(kernel)}});
    }
    QJsonArray prefill;
    for (core::BackendFamily family : kFamilies) {
        const core::PrefillCalibration& p = c.prefill(backendOf(family));
        prefill.append(QJsonObject{{QStringLiteral("family"), text(core::toString(family))},
                                   {QStringLiteral("efficiency"), p.efficiency},
                                   {QStringLiteral("low_ratio"), p.lowRatio},
                                   {QStringLiteral("high_ratio"), p.highRatio},
                                   {QStringLiteral("rows"), p.rows}});
    }
    QJsonArray residuals;
    for (const core::CrossValidatedDecode& row : r.decodeRows) {
        residuals.append(QJsonObject{{QStringLiteral("line"), row.line},
                                     {QStringLiteral("label"), QString::fromStdString(row.label)},
                                     {QStringLiteral("measured_tps"), row.measured},
                                     {QStringLiteral("predicted_tps"), row.inSample},
                                     {QStringLiteral("ratio"), row.measured / row.inSample}});
    }
    return QJsonObject{{QStringLiteral("rows"), r.measurementRows},
                       {QStringLiteral("decode_rows"), static_cast<int>(r.samples.decode.size())},
                       {QStringLiteral("prefill_rows"), static_cast<int>(r.samples.prefill.size())},
                       {QStringLiteral("fixed_ms"), r.decode.fixedSeconds * 1000.0},
                       {QStringLiteral("layer_us"), r.decode.layerSeconds * 1e6},
                       {QStringLiteral("kv_factor"), r.decode.kvFactor},
                       {QStringLiteral("decode"), decode},
                       {QStringLiteral("kernels"), kernels},
                       {QStringLiteral("prefill"), prefill},
                       {QStringLiteral("residuals"), residuals},
                       {QStringLiteral("skipped"), skippedJson(r.samples.skipped)}};
}

void printHuman(const core::CalibrationResult& r, QTextStream& out)
{
    const core::SpeedCalibration& c = r.calibration;
    out << CalibrateCommand::tr("%1 rows: %2 used for decode, %3 for prefill")
               .arg(r.measurementRows)
               .arg(r.samples.decode.size())
               .arg(r.samples.prefill.size())
        << '\n'
        << CalibrateCommand::tr("Time per layer per token: %1 us; fixed time per token: %2 ms; KV bytes cost x%3")
               .arg(fixed(r.decode.layerSeconds * 1e6, 1), fixed(r.decode.fixedSeconds * 1000.0, 2),
                    fixed(r.decode.kvFactor, 2))
        << "\n\n"
        << CalibrateCommand::tr("Decode efficiency (K-quant kernels; band = measured/predicted, 8th-92nd pct)") << '\n';
    for (core::BackendFamily family : kFamilies) {
        for (bool moe : {false, true}) {
            const core::DecodeCalibration& d = c.decode(backendOf(family), moe);
            out << CalibrateCommand::tr("  %1 %2 %3  band %4-%5  rows %6%7")
                       .arg(text(core::toString(family)), -12)
                       .arg(moe ? QStringLiteral("moe") : QStringLiteral("dense"), -6)
                       .arg(fixed(d.efficiency, 3), fixed(d.lowRatio, 2), fixed(d.highRatio, 2))
                       .arg(d.rows)
                       .arg(d.rows == 0 ? CalibrateCommand::tr("  (no rows: the global value)") : QString())
                << '\n';
        }
    }
    out << '\n' << CalibrateCommand::tr("Kernel factors (multiply the efficiency)") << '\n';
    for (std::size_t k = 0; k < core::kQuantKernelCount; ++k) {
        const auto kernel = static_cast<core::QuantKernel>(k);
        out << CalibrateCommand::tr("  %1 %2  rows %3")
                   .arg(text(core::toString(kernel)), -8)
                   .arg(fixed(c.kernelFactor(kernel), 3))
                   .arg(c.kernelRows(kernel))
            << '\n';
    }
    out << '\n' << CalibrateCommand::tr("Prefill efficiency (share of dense FP16 tensor FLOPS)") << '\n';
    for (core::BackendFamily family : kFamilies) {
        const core::PrefillCalibration& p = c.prefill(backendOf(family));
        out << CalibrateCommand::tr("  %1 %2  band %3-%4  rows %5%6")
                   .arg(text(core::toString(family)), -12)
                   .arg(fixed(p.efficiency, 3), fixed(p.lowRatio, 2), fixed(p.highRatio, 2))
                   .arg(p.rows)
                   .arg(p.rows == 0 ? CalibrateCommand::tr("  (no rows: the global value, or the default)") : QString())
            << '\n';
    }
    out << '\n' << CalibrateCommand::tr("Residuals of the fit (line, measured, predicted tokens/s, ratio)") << '\n';
    for (const core::CrossValidatedDecode& row : r.decodeRows) {
        out << QStringLiteral("  %1 %2 %3 %4  %5")
                   .arg(row.line, 4)
                   .arg(fixed(row.measured, 1), 8)
                   .arg(fixed(row.inSample, 1), 8)
                   .arg(fixed(row.measured / row.inSample, 2), 5)
                   .arg(QString::fromStdString(row.label))
            << '\n';
    }
    printSkipped(r.samples.skipped, out);
}

} // namespace

QList<QCommandLineOption> measurementOptions()
{
    return {
        {QStringLiteral("json"), CalibrateCommand::tr("Print machine-readable JSON.")},
        {QStringLiteral("data"),
         CalibrateCommand::tr("Measurements CSV (columns of measured-public.csv); repeat for several files."),
         QStringLiteral("file")},
    };
}

QJsonArray skippedJson(const std::vector<core::SkippedRow>& rows)
{
    QJsonArray skipped;
    for (const core::SkippedRow& row : rows) {
        skipped.append(QJsonObject{{QStringLiteral("line"), row.line},
                                   {QStringLiteral("reason"), QString::fromStdString(row.reason)}});
    }
    return skipped;
}

void printSkipped(const std::vector<core::SkippedRow>& rows, QTextStream& out)
{
    int prefillWithoutFlops = 0;
    for (const core::SkippedRow& row : rows) {
        if (row.reason.starts_with("prefill:")) {
            ++prefillWithoutFlops; // one line for all, not one per row
        } else {
            out << CalibrateCommand::tr("  line %1: %2").arg(row.line).arg(QString::fromStdString(row.reason)) << '\n';
        }
    }
    if (prefillWithoutFlops > 0) {
        out << CalibrateCommand::tr("  prefill: %n row(s) on hardware without sourced FP16 FLOPS (not fitted)", nullptr,
                                    prefillWithoutFlops)
            << '\n';
    }
}

Result<core::CalibrationResult> calibrateFiles(const QStringList& paths, const core::DecodeFitOptions& options)
{
    std::vector<core::Measurement> all;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(ErrorCode::Io, path.toStdString() + ": " + file.errorString().toStdString());
        }
        const QByteArray bytes = file.readAll();
        auto rows = core::parseMeasurements(std::string_view(bytes.constData(), bytes.size()));
        if (!rows) {
            Error error = rows.error();
            error.detail = QFileInfo(path).fileName().toStdString() + ": " + error.detail;
            return error;
        }
        for (core::Measurement& row : rows.value()) {
            row.origin = QFileInfo(path).fileName().toStdString();
            all.push_back(std::move(row));
        }
    }
    return core::calibrate(all, core::shippedReferenceTables(), options);
}

QString CalibrateCommand::name() const
{
    return QStringLiteral("calibrate");
}

QString CalibrateCommand::summary() const
{
    return tr("Fit the speed constants to a measurements CSV; print them and the residuals.");
}

int CalibrateCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOptions(measurementOptions());
    parser.addOptions({
        {QStringLiteral("write"), tr("Write the constants file (speed-calibration.csv)."), QStringLiteral("file")},
        {QStringLiteral("data-date"), tr("Date of the data for the file header (default: the file's date)."),
         QStringLiteral("yyyy-mm-dd")},
    });
    if (!parser.parse(arguments)) {
        err << tr("localrig calibrate: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    const QStringList files = parser.values(QStringLiteral("data"));
    const QString data = files.join(QStringLiteral(" --data "));
    if (files.isEmpty() || !parser.positionalArguments().isEmpty()) {
        err << tr("localrig calibrate: --data FILE is required (and nothing else)") << Qt::endl;
        return ExitBadArguments;
    }
    auto result = calibrateFiles(files);
    if (!result) {
        err << tr("localrig calibrate: %1: %2").arg(data, errorLine(result.error())) << Qt::endl;
        return ExitFailure;
    }
    const core::CalibrationResult& r = result.value();
    if (parser.isSet(QStringLiteral("write"))) {
        const QString target = parser.value(QStringLiteral("write"));
        const QString date = parser.isSet(QStringLiteral("data-date"))
            ? parser.value(QStringLiteral("data-date"))
            : QFileInfo(files.last()).lastModified().toUTC().date().toString(Qt::ISODate);
        QStringList names;
        for (const QString& file : files) {
            names.append(QFileInfo(file).fileName());
        }
        const core::CalibrationProvenance provenance{
            QStringLiteral("%1 (%2 rows; %3 decode, %4 prefill used)")
                .arg(names.join(QStringLiteral(" + ")))
                .arg(r.measurementRows)
                .arg(r.samples.decode.size())
                .arg(r.samples.prefill.size())
                .toStdString(),
            date.toStdString(),
            QStringLiteral("localrig calibrate --data %1 --write %2").arg(data, target).toStdString()};
        QSaveFile file(target);
        const std::string textOut = core::writeCalibrationCsv(r.calibration, provenance);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(textOut.data(), static_cast<qint64>(textOut.size())) != static_cast<qint64>(textOut.size())
            || !file.commit()) {
            err << tr("localrig calibrate: %1: %2").arg(target, file.errorString()) << Qt::endl;
            return ExitFailure;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(toJson(r)).toJson(QJsonDocument::Indented);
    } else {
        printHuman(r, out);
    }
    return ExitOk;
}

} // namespace localrig::app
