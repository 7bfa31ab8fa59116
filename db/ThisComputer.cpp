// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThisComputer.h"

#include "core/MachineGrades.h"
#include "core/host/HostParsers.h"
#include "core/host/HostProbe.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace localrig::db {

namespace {

using core::host::GpuInfo;
using core::host::GpuVendor;
using core::host::HostInfo;

// An AMD GPU with at least this much VRAM of its own is a graphics card, or an APU with a large carve-out.
constexpr std::uint64_t kCardVramBytes = 4ULL << 30;

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

// The GPU the machine runs models on: a named NVIDIA card, an AMD GPU with VRAM, Apple's; else none.
const GpuInfo* primaryGpu(const HostInfo& host)
{
    for (const GpuVendor vendor : {GpuVendor::Nvidia, GpuVendor::Amd, GpuVendor::Apple}) {
        for (const GpuInfo& gpu : host.gpus) {
            const bool usable = vendor == GpuVendor::Amd ? gpu.vramBytes >= kCardVramBytes : true;
            if (gpu.vendor == vendor && usable) {
                return &gpu;
            }
        }
    }
    return nullptr;
}

QString gpuName(const GpuInfo& gpu)
{
    if (!gpu.name.empty()) {
        return text(gpu.name);
    }
    // Named by its PCI ids when no tool or pci.ids names it: "AMD GPU 1002:1586".
    return QStringLiteral("%1 GPU %2:%3")
        .arg(text(std::string(core::host::gpuVendorName(gpu.vendor))))
        .arg(gpu.vendorId, 4, 16, QLatin1Char('0'))
        .arg(gpu.deviceId, 4, 16, QLatin1Char('0'))
        .trimmed();
}

// The memory a model can use on this machine if it is unified: the OS's RAM plus an APU's carve-out,
// which Linux does not count in MemTotal.
std::uint64_t unifiedBytes(const HostInfo& host, const GpuInfo* gpu)
{
    const bool carveOut = gpu && gpu->vendor == GpuVendor::Amd;
    return host.memoryBytes + (carveOut ? gpu->vramBytes : 0);
}

std::string formFactor(core::host::Chassis chassis)
{
    switch (chassis) {
    case core::host::Chassis::Desktop:
        return "desktop";
    case core::host::Chassis::Laptop:
        return "laptop";
    case core::host::Chassis::Mini:
        return "mini";
    case core::host::Chassis::Server:
        return "server";
    case core::host::Chassis::Unknown:
        break;
    }
    return {};
}

} // namespace

QString chipKey(const QString& name)
{
    static const QRegularExpression nvidia(QStringLiteral("\\b(?:rtx|gtx)\\s*(a?\\d{3,4})(?:\\s*(ti|super)\\b)?"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spark(QStringLiteral("\\b(?:gb10|dgx\\s+spark)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression apple(QStringLiteral("(?:^|[\\s(])M(\\d)(?:\\s+(Pro|Max|Ultra))?\\b"));
    static const QRegularExpression strix(QStringLiteral("\\bryzen\\s+ai\\s+max\\+?\\s*(?:pro\\s+)?(\\d{3})\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression radeon(QStringLiteral("\\bradeon\\s+rx\\s*(\\d{4})\\s*(xtx|xt|gre)?\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto m = nvidia.match(name); m.hasMatch()) {
        const bool laptop = name.contains(QLatin1String("laptop"), Qt::CaseInsensitive);
        return (QStringLiteral("rtx") + m.captured(1) + m.captured(2) + (laptop ? QStringLiteral("laptop") : QString()))
            .toLower();
    }
    if (spark.match(name).hasMatch()) {
        return QStringLiteral("gb10");
    }
    if (const auto m = strix.match(name); m.hasMatch()) {
        return QStringLiteral("ryzenaimax") + m.captured(1);
    }
    if (const auto m = radeon.match(name); m.hasMatch()) {
        return (QStringLiteral("rx") + m.captured(1) + m.captured(2)).toLower();
    }
    if (const auto m = apple.match(name); m.hasMatch()) {
        return (QStringLiteral("m") + m.captured(1) + m.captured(2)).toLower();
    }
    return {};
}

const core::Platform* matchPlatform(const HostInfo& host, const std::vector<core::Platform>& catalog)
{
    const GpuInfo* gpu = primaryGpu(host);
    QStringList keys;
    if (gpu) {
        keys.append(chipKey(text(gpu->name)));
    }
    keys.append(chipKey(text(host.cpu.model)));
    keys.removeAll(QString());
    for (const QString& key : keys) {
        const core::Platform* best = nullptr;
        double bestDistance = 0.0;
        for (const core::Platform& platform : catalog) {
            if (platform.id == kThisComputerId || chipKey(text(platform.name)) != key) {
                continue;
            }
            const bool discrete = platform.memoryKind == core::MemoryKind::Discrete;
            const double hostGiB = core::host::marketedGiB(discrete && gpu ? gpu->vramBytes : unifiedBytes(host, gpu));
            const double distance = std::abs((discrete ? platform.vramGiB : platform.memoryGiB) - hostGiB);
            if (!best || distance < bestDistance) {
                best = &platform;
                bestDistance = distance;
            }
        }
        if (best) {
            return best;
        }
    }
    return nullptr;
}

ThisComputer describeThisComputer(const HostInfo& host, const std::vector<core::Platform>& catalog)
{
    ThisComputer result;
    core::Platform& p = result.platform;
    p.id = std::string(kThisComputerId);
    p.os = host.os;
    const GpuInfo* gpu = primaryGpu(host);
    const core::Platform* match = matchPlatform(host, catalog);
    if (match) {
        result.match = *match;
    }
    // Named after the GPU the models run on; an APU whose GPU nothing names, after its CPU.
    if (gpu && !gpu->name.empty()) {
        result.chip = text(gpu->name);
    } else if (!host.cpu.model.empty()) {
        result.chip = text(host.cpu.model);
    } else if (gpu) {
        result.chip = gpuName(*gpu);
    }
    p.name = (result.chip.isEmpty() ? QStringLiteral("This computer")
                                    : QStringLiteral("This computer (%1)").arg(result.chip))
                 .left(80)
                 .toStdString();
    result.detected.push_back(MachineField::Name);

    // Memory kind and backend: Apple and APUs share one pool; a GPU with its own VRAM is discrete.
    if (host.os == "macOS" || (gpu && gpu->vendor == GpuVendor::Apple)) {
        p.memoryKind = core::MemoryKind::Unified;
        p.backend = core::Backend::Metal;
    } else if (match) {
        p.memoryKind = match->memoryKind;
        p.backend = match->backend;
    } else if (gpu && gpu->vendor == GpuVendor::Nvidia) {
        p.memoryKind = gpu->vramBytes > 0 ? core::MemoryKind::Discrete : core::MemoryKind::Unified;
        p.backend = core::Backend::Cuda;
    } else if (gpu) {
        p.memoryKind = core::MemoryKind::Discrete;
        p.backend = core::Backend::Vulkan;
    } else {
        p.memoryKind = core::MemoryKind::System;
        p.backend = core::Backend::Cpu;
    }
    result.detected.push_back(MachineField::MemoryKind);
    result.detected.push_back(MachineField::Backend);

    if (p.memoryKind == core::MemoryKind::Unified) {
        p.memoryGiB = core::host::marketedGiB(unifiedBytes(host, gpu));
        if (gpu && gpu->vendor == GpuVendor::Amd && gpu->vramBytes > 0) {
            p.gpuLimitGiB = core::host::marketedGiB(gpu->vramBytes); // the carve-out is what the GPU may use
        }
    } else {
        p.memoryGiB = core::host::marketedGiB(host.memoryBytes);
    }
    result.detected.push_back(MachineField::Memory);
    if (p.memoryKind == core::MemoryKind::Discrete) {
        if (gpu && gpu->vramBytes > 0) {
            p.vramGiB = core::host::marketedGiB(gpu->vramBytes);
            result.detected.push_back(MachineField::Vram);
        } else if (match && match->vramGiB > 0.0) {
            p.vramGiB = match->vramGiB;
            result.fromCatalog.push_back(MachineField::Vram);
        } else {
            result.needed.push_back(MachineField::Vram);
        }
    }

    const std::string maker = p.memoryKind == core::MemoryKind::Discrete && gpu
        ? std::string(core::host::gpuVendorName(gpu->vendor))
        : host.cpu.vendor;
    p.vendor = !host.systemVendor.empty() ? host.systemVendor : maker;
    if (!p.vendor.empty()) {
        result.detected.push_back(MachineField::Vendor);
    }
    // The chassis is the machine's own fact; a catalog machine with the same chip may be a laptop or a mini.
    p.formFactor = formFactor(host.chassis);
    p.portable = host.chassis == core::host::Chassis::Laptop;
    (p.formFactor.empty() ? result.needed : result.detected).push_back(MachineField::FormFactor);

    // Never detectable: bandwidth, FLOPS and power come from the matching catalog machine or the user.
    if (match) {
        p.bandwidthGBs = match->bandwidthGBs;
        result.fromCatalog.push_back(MachineField::Bandwidth);
        if (match->fp16Tflops) {
            p.fp16Tflops = match->fp16Tflops;
            result.fromCatalog.push_back(MachineField::Tflops);
        }
        if (match->loadWatts > 0.0) {
            p.loadWatts = match->loadWatts;
            p.idleWatts = match->idleWatts;
            result.fromCatalog.push_back(MachineField::LoadWatts);
        }
    }
    if (p.bandwidthGBs <= 0.0) {
        result.needed.push_back(MachineField::Bandwidth);
    }
    if (p.loadWatts <= 0.0) {
        result.needed.push_back(MachineField::LoadWatts);
    }
    return result;
}

QString machineFieldName(MachineField field)
{
    switch (field) {
    case MachineField::Name:
        return QStringLiteral("name");
    case MachineField::Vendor:
        return QStringLiteral("vendor");
    case MachineField::FormFactor:
        return QStringLiteral("form factor");
    case MachineField::MemoryKind:
        return QStringLiteral("memory kind");
    case MachineField::Backend:
        return QStringLiteral("backend");
    case MachineField::Memory:
        return QStringLiteral("memory (GB)");
    case MachineField::Vram:
        return QStringLiteral("VRAM (GB)");
    case MachineField::Bandwidth:
        return QStringLiteral("memory bandwidth (GB/s)");
    case MachineField::Tflops:
        return QStringLiteral("FP16 TFLOPS");
    case MachineField::LoadWatts:
        return QStringLiteral("load power (W)");
    }
    return {};
}

void applyMeasuredBandwidth(ThisComputer& machine, double measuredGBs)
{
    if (!(measuredGBs > 0.0)) {
        return;
    }
    // To 0.1 GB/s, as the platform editor shows it: saving the figure unchanged then saves the one measured.
    core::applyMeasuredBandwidth(machine.platform, std::round(measuredGBs * 10.0) / 10.0);
    if (machine.platform.memoryKind == core::MemoryKind::Discrete) {
        return;
    }
    const auto drop = [](std::vector<MachineField>& fields) {
        fields.erase(std::remove(fields.begin(), fields.end(), MachineField::Bandwidth), fields.end());
    };
    drop(machine.needed);
    drop(machine.fromCatalog);
    drop(machine.detected);
    machine.detected.push_back(MachineField::Bandwidth);
}

QString measuredBandwidthNote(const QDate& date)
{
    return QStringLiteral("memory bandwidth measured on this computer, %1").arg(date.toString(Qt::ISODate));
}

std::optional<QDate> measuredBandwidthDate(const QString& notes)
{
    static const QRegularExpression pattern(
        QStringLiteral("memory bandwidth measured on this computer, (\\d{4}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch match = pattern.match(notes);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace localrig::db
