// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetectCommand.h"

#include "CatalogSession.h"
#include "CommandHelp.h"
#include "DetectGrades.h"
#include "JsonOutput.h"
#include "core/Enums.h"
#include "core/SpeedCalibration.h"
#include "core/host/BandwidthProbe.h"
#include "core/host/HostParsers.h"
#include "db/HostDetection.h"
#include "db/ThisComputer.h"
#include "ui/PlatformCatalogModel.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace localrig::app {

namespace {

using core::host::HostInfo;

// This computer's memory read bandwidth as measured now (core/host/BandwidthProbe.h).
struct Measurement
{
    core::host::BandwidthProbeResult result;
    QDateTime at;
};

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

QString gib(double bytes)
{
    return QLocale().toString(bytes / (1024.0 * 1024.0 * 1024.0), 'f', 1);
}

QString number(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

// The JSON key of a field: the column it fills in platforms.csv.
QString fieldKey(db::MachineField field)
{
    switch (field) {
    case db::MachineField::Name:
        return QStringLiteral("name");
    case db::MachineField::Vendor:
        return QStringLiteral("vendor");
    case db::MachineField::FormFactor:
        return QStringLiteral("form_factor");
    case db::MachineField::MemoryKind:
        return QStringLiteral("memory_kind");
    case db::MachineField::Backend:
        return QStringLiteral("backend");
    case db::MachineField::Memory:
        return QStringLiteral("memory_gb");
    case db::MachineField::Vram:
        return QStringLiteral("vram_gb");
    case db::MachineField::Bandwidth:
        return QStringLiteral("bandwidth_gbs");
    case db::MachineField::Tflops:
        return QStringLiteral("fp16_tflops");
    case db::MachineField::LoadWatts:
        return QStringLiteral("load_watts");
    }
    return {};
}

QJsonArray keys(const std::vector<db::MachineField>& fields)
{
    QJsonArray array;
    for (const db::MachineField field : fields) {
        array.append(fieldKey(field));
    }
    return array;
}

QString names(const std::vector<db::MachineField>& fields)
{
    QStringList list;
    for (const db::MachineField field : fields) {
        list.append(db::machineFieldName(field));
    }
    return list.isEmpty() ? DetectCommand::tr("nothing") : list.join(QStringLiteral(", "));
}

QJsonObject toJson(const HostInfo& host, const db::ThisComputer& machine, const std::optional<Measurement>& measured)
{
    QJsonArray gpus;
    for (const core::host::GpuInfo& gpu : host.gpus) {
        gpus.append(QJsonObject{{QStringLiteral("vendor"), text(core::host::gpuVendorName(gpu.vendor))},
                                {QStringLiteral("name"), text(gpu.name)},
                                {QStringLiteral("pci_id"),
                                 gpu.vendorId == 0 ? QString()
                                                   : QStringLiteral("%1:%2")
                                                         .arg(gpu.vendorId, 4, 16, QLatin1Char('0'))
                                                         .arg(gpu.deviceId, 4, 16, QLatin1Char('0'))},
                                {QStringLiteral("vram_bytes"), static_cast<double>(gpu.vramBytes)},
                                {QStringLiteral("source"), text(gpu.source)}});
    }
    QJsonArray notes;
    for (const std::string& note : host.notes) {
        notes.append(text(note));
    }
    const core::Platform& p = machine.platform;
    const QJsonObject proposal{
        {QStringLiteral("id"), text(p.id)},
        {QStringLiteral("name"), text(p.name)},
        {QStringLiteral("vendor"), text(p.vendor)},
        {QStringLiteral("form_factor"), text(p.formFactor)},
        {QStringLiteral("memory_kind"), text(core::toString(p.memoryKind))},
        {QStringLiteral("backend"), text(core::toString(p.backend))},
        {QStringLiteral("memory_gb"), p.memoryGiB},
        {QStringLiteral("vram_gb"), p.vramGiB},
        {QStringLiteral("gpu_limit_gb"), optionalToJson(p.gpuLimitGiB)},
        {QStringLiteral("bandwidth_gbs"), p.bandwidthGBs > 0.0 ? QJsonValue(p.bandwidthGBs) : QJsonValue()},
        {QStringLiteral("fp16_tflops"), optionalToJson(p.fp16Tflops)},
        {QStringLiteral("load_watts"), p.loadWatts > 0.0 ? QJsonValue(p.loadWatts) : QJsonValue()},
        {QStringLiteral("portable"), p.portable},
    };
    const QJsonValue match = machine.match
        ? QJsonValue(QJsonObject{{QStringLiteral("id"), text(machine.match->id)},
                                 {QStringLiteral("name"), text(machine.match->name)}})
        : QJsonValue();
    return QJsonObject{
        {QStringLiteral("os"), text(host.os)},
        {QStringLiteral("cpu"),
         QJsonObject{{QStringLiteral("vendor"), text(host.cpu.vendor)},
                     {QStringLiteral("model"), text(host.cpu.model)},
                     {QStringLiteral("logical_cpus"), host.cpu.logicalCpus},
                     {QStringLiteral("physical_cores"), host.cpu.physicalCores}}},
        {QStringLiteral("memory_bytes"), static_cast<double>(host.memoryBytes)},
        {QStringLiteral("gpus"), gpus},
        {QStringLiteral("system_vendor"), text(host.systemVendor)},
        {QStringLiteral("product_name"), text(host.productName)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("proposal"), proposal},
        {QStringLiteral("catalog_match"), match},
        {QStringLiteral("detected"), keys(machine.detected)},
        {QStringLiteral("from_catalog"), keys(machine.fromCatalog)},
        {QStringLiteral("needs_user"), keys(machine.needed)},
        {QStringLiteral("measured_bandwidth_gbs"), measured ? QJsonValue(measured->result.bestGBs) : QJsonValue()},
        {QStringLiteral("measured_bandwidth_median_gbs"),
         measured ? QJsonValue(measured->result.medianGBs) : QJsonValue()},
        {QStringLiteral("measured_at"), measured ? QJsonValue(measured->at.toString(Qt::ISODate)) : QJsonValue()},
    };
}

void printHuman(const HostInfo& host, const db::ThisComputer& machine, const std::optional<Measurement>& measured,
                QTextStream& out)
{
    const QLocale locale;
    out << DetectCommand::tr("This computer (%1)").arg(text(host.os)) << '\n';
    if (!host.systemVendor.empty() || !host.productName.empty()) {
        out << DetectCommand::tr("  System     %1").arg(text(host.systemVendor + ' ' + host.productName).trimmed())
            << '\n';
    }
    out << DetectCommand::tr("  CPU        %1 (%2 cores, %3 threads)")
               .arg(host.cpu.model.empty() ? DetectCommand::tr("not named") : text(host.cpu.model))
               .arg(host.cpu.physicalCores)
               .arg(host.cpu.logicalCpus)
        << '\n'
        << DetectCommand::tr("  Memory     %1 GiB reported").arg(gib(static_cast<double>(host.memoryBytes))) << '\n';
    for (const core::host::GpuInfo& gpu : host.gpus) {
        const QString name = gpu.name.empty() ? DetectCommand::tr("%1 GPU %2:%3")
                                                    .arg(text(core::host::gpuVendorName(gpu.vendor)))
                                                    .arg(gpu.vendorId, 4, 16, QLatin1Char('0'))
                                                    .arg(gpu.deviceId, 4, 16, QLatin1Char('0'))
                                              : text(gpu.name);
        out << (gpu.vramBytes > 0 ? DetectCommand::tr("  GPU        %1, %2 GiB VRAM (%3)")
                                        .arg(name, gib(static_cast<double>(gpu.vramBytes)), text(gpu.source))
                                  : DetectCommand::tr("  GPU        %1 (%2)").arg(name, text(gpu.source)))
            << '\n';
    }
    for (const std::string& note : host.notes) {
        out << DetectCommand::tr("  Note       %1").arg(text(note)) << '\n';
    }
    const core::Platform& p = machine.platform;
    out << DetectCommand::tr("As a machine: %1").arg(text(p.name)) << '\n';
    switch (p.memoryKind) {
    case core::MemoryKind::Unified:
        out << (p.gpuLimitGiB ? DetectCommand::tr("  Memory     %1 GB unified (the GPU may use %2 GB), backend %3")
                                    .arg(number(p.memoryGiB), number(*p.gpuLimitGiB),
                                         ui::PlatformCatalogModel::backendText(p.backend))
                              : DetectCommand::tr("  Memory     %1 GB unified, backend %2")
                                    .arg(number(p.memoryGiB), ui::PlatformCatalogModel::backendText(p.backend)));
        break;
    case core::MemoryKind::Discrete:
        out << DetectCommand::tr("  Memory     %1 GB VRAM + %2 GB system RAM, backend %3")
                   .arg(number(p.vramGiB), number(p.memoryGiB), ui::PlatformCatalogModel::backendText(p.backend));
        break;
    case core::MemoryKind::System:
        out << DetectCommand::tr("  Memory     %1 GB system RAM, CPU only").arg(number(p.memoryGiB));
        break;
    }
    out << '\n'
        << (p.bandwidthGBs > 0.0 ? DetectCommand::tr("  Bandwidth  %1 GB/s").arg(number(p.bandwidthGBs))
                                 : DetectCommand::tr("  Bandwidth  unknown: no catalog machine has this chip"))
        << '\n';
    if (measured) {
        out << DetectCommand::tr("  Measured   %1 GB/s memory read (best of %2 passes, median %3 GB/s, %4 threads, %5)")
                   .arg(locale.toString(measured->result.bestGBs, 'f', 1))
                   .arg(measured->result.passGBs.size())
                   .arg(locale.toString(measured->result.medianGBs, 'f', 1))
                   .arg(measured->result.threads)
                   .arg(measured->at.toString(Qt::ISODate))
            << '\n';
    }
    if (machine.match) {
        out << DetectCommand::tr("Same chip in the catalog: %1 (%2)")
                   .arg(text(machine.match->name), text(machine.match->id))
            << '\n';
    }
    out << DetectCommand::tr("Detected: %1").arg(names(machine.detected)) << '\n'
        << DetectCommand::tr("From the catalog: %1").arg(names(machine.fromCatalog)) << '\n'
        << DetectCommand::tr("You need to enter: %1").arg(names(machine.needed)) << '\n';
}

} // namespace

QString DetectCommand::name() const
{
    return QStringLiteral("detect");
}

QString DetectCommand::summary() const
{
    return tr("What this computer is, as a machine LocalRig can size models for.");
}

int DetectCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("root"),
                                        tr("Read proc/ and sys/ under DIR instead of / (a copy taken from another "
                                           "machine); nvidia-smi is not run."),
                                        QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("measure"),
                                        tr("Also measure this computer's memory read bandwidth (about 2 seconds).")));
    parser.addOption(QCommandLineOption(QStringLiteral("grades"),
                                        tr("Also grade this computer for every workload as the Plan page would "
                                           "(with --measure, at the measured bandwidth), and name the smallest "
                                           "upgrade for each one it does not do well.")));
    parser.addOption(QCommandLineOption(QStringLiteral("measure-mib"),
                                        tr("Size of the buffer the measurement reads, in MiB (default 1024)."),
                                        QStringLiteral("MIB"), QStringLiteral("1024")));
    if (!parser.parse(arguments)) {
        err << tr("localrig detect: %1").arg(parser.errorText()) << Qt::endl;
        return ExitBadArguments;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(parser, name());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("localrig detect: unexpected argument '%1'").arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return ExitBadArguments;
    }
    constexpr qulonglong kMaxMiB = 65536; // 64 GiB, the probe's own ceiling
    bool ok = false;
    const qulonglong mib = parser.value(QStringLiteral("measure-mib")).toULongLong(&ok);
    if (!ok || mib == 0 || mib > kMaxMiB) {
        err << tr("localrig detect: --measure-mib must be a whole number from 1 to %1").arg(kMaxMiB) << Qt::endl;
        return ExitBadArguments;
    }
    core::host::BandwidthProbeOptions probe;
    probe.bufferBytes = static_cast<std::size_t>(mib) << 20U;
    db::HostDetectionOptions options;
    if (parser.isSet(QStringLiteral("root"))) {
        options.root = parser.value(QStringLiteral("root"));
        options.runTools = false;
    }
    const auto host = db::detectHost(options);
    if (!host) {
        err << tr("localrig detect: %1").arg(QString::fromStdString(host.error().detail)) << Qt::endl;
        return ExitFailure;
    }
    std::vector<core::Platform> platforms;
    auto session = openCatalogSession(err);
    if (session) {
        platforms = session.value().catalog.corePlatforms();
    } else {
        err << tr("localrig detect: without the catalog, bandwidth stays unknown (%1)")
                   .arg(QString::fromStdString(session.error().detail))
            << Qt::endl;
    }
    db::ThisComputer machine = db::describeThisComputer(host.value(), platforms);
    std::optional<Measurement> measured;
    if (parser.isSet(QStringLiteral("measure"))) {
        const auto result = core::host::measureBandwidth(probe);
        if (!result) {
            err << tr("localrig detect: --measure: %1").arg(QString::fromStdString(result.error().detail)) << Qt::endl;
            return ExitFailure;
        }
        measured = Measurement{result.value(), QDateTime::currentDateTimeUtc()};
        db::applyMeasuredBandwidth(machine, result.value().bestGBs); // what the window would propose
    }
    std::optional<std::vector<core::WorkloadGrade>> grades;
    if (parser.isSet(QStringLiteral("grades"))) {
        if (!session) {
            return ExitFailure; // said above: no catalog, no workloads to grade
        }
        if (!(machine.platform.bandwidthGBs > 0.0)) {
            err << tr("localrig detect: --grades needs this computer's memory bandwidth: add --measure") << Qt::endl;
            return ExitFailure;
        }
        auto graded
            = core::gradeMachine(session.value().data.view(), machine.platform, {}, core::SpeedCalibration::fitted());
        if (!graded) {
            err << tr("localrig detect: --grades: %1").arg(QString::fromStdString(graded.error().detail)) << Qt::endl;
            return ExitFailure;
        }
        grades = std::move(graded).value();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject root = toJson(host.value(), machine, measured);
        if (grades) {
            root.insert(QStringLiteral("grades"), DetectGrades::toJson(*grades, session.value().data));
        }
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    printHuman(host.value(), machine, measured, out);
    if (grades) {
        DetectGrades::print(*grades, session.value().data, out);
    }
    return ExitOk;
}

} // namespace localrig::app
