// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThisComputerText.h"

#include "BuyerWording.h"
#include "core/host/HostParsers.h"

#include <QLocale>
#include <QStringList>

namespace localrig::ui {

QString ThisComputerText::machineName(const db::ThisComputer& machine)
{
    return (machine.chip.isEmpty() ? tr("This computer") : tr("This computer (%1)").arg(machine.chip)).left(80);
}

QString ThisComputerText::fieldName(db::MachineField field)
{
    switch (field) {
    case db::MachineField::Name:
        return tr("name");
    case db::MachineField::Vendor:
        return tr("vendor");
    case db::MachineField::FormFactor:
        return tr("form factor");
    case db::MachineField::MemoryKind:
        return tr("memory kind");
    case db::MachineField::Backend:
        return tr("backend");
    case db::MachineField::Memory:
        return tr("memory");
    case db::MachineField::Vram:
        return tr("VRAM");
    case db::MachineField::Bandwidth:
        return tr("memory bandwidth");
    case db::MachineField::Tflops:
        return tr("FP16 TFLOPS");
    case db::MachineField::LoadWatts:
        return tr("load power");
    }
    return {};
}

QString ThisComputerText::fieldList(const std::vector<db::MachineField>& fields)
{
    QStringList names;
    for (const db::MachineField field : fields) {
        if (field != db::MachineField::Name) {
            names.append(fieldName(field));
        }
    }
    return names.join(tr(", "));
}

QString ThisComputerText::found(const core::host::HostInfo& host)
{
    const QLocale locale;
    const auto gib = [&locale](std::uint64_t bytes) {
        return locale.toString(static_cast<double>(bytes) / (1024.0 * 1024.0 * 1024.0), 'f', 1);
    };
    QStringList parts;
    if (!host.cpu.model.empty()) {
        parts.append(tr("%1 with %2 cores, %3 threads")
                         .arg(QString::fromStdString(host.cpu.model))
                         .arg(host.cpu.physicalCores)
                         .arg(host.cpu.logicalCpus));
    }
    parts.append(tr("%1 GiB reported by %2").arg(gib(host.memoryBytes), QString::fromStdString(host.os)));
    for (const core::host::GpuInfo& gpu : host.gpus) {
        const QString name = gpu.name.empty()
            ? tr("%1 GPU").arg(QString::fromStdString(std::string(core::host::gpuVendorName(gpu.vendor))))
            : QString::fromStdString(gpu.name);
        parts.append(gpu.vramBytes > 0 ? tr("%1 with %2 GiB").arg(name, gib(gpu.vramBytes)) : name);
    }
    if (host.gpus.empty()) {
        parts.append(tr("no GPU"));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ThisComputerText::explanation(const db::ThisComputer& machine, const core::host::HostInfo& host)
{
    QStringList paragraphs;
    paragraphs.append(tr("<b>Found</b>: %1.").arg(found(host).toHtmlEscaped()));
    paragraphs.append(tr("<b>Detected</b> on this computer: %1.").arg(fieldList(machine.detected).toHtmlEscaped()));
    if (machine.match && !machine.fromCatalog.empty()) {
        paragraphs.append(tr("<b>From the catalog's %1</b>, which has the same chip: %2. Check them.")
                              .arg(QString::fromStdString(machine.match->name).toHtmlEscaped(),
                                   fieldList(machine.fromCatalog).toHtmlEscaped()));
    }
    if (!machine.needed.empty()) {
        paragraphs.append(tr("<b>You need to enter</b>: %1. LocalRig cannot read these from the system and does "
                             "not guess them; the maker's specification sheet lists them.")
                              .arg(fieldList(machine.needed).toHtmlEscaped()));
    }
    return QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
}

std::optional<QString> ThisComputerText::bandwidthSource(const QString& notes)
{
    const std::optional<QDate> date = db::measuredBandwidthDate(notes);
    if (!date) {
        return std::nullopt;
    }
    return tr("Source: measured on this computer, %1").arg(QLocale().toString(*date, QLocale::ShortFormat));
}

QString ThisComputerText::gradeReason(const core::WorkloadGrade& grade)
{
    return grade.reason.code == core::ReasonCode::MeetsAll ? tr("fast, with headroom")
                                                           : BuyerWording::rowReason(grade.assessment);
}

QString ThisComputerText::measurement(const BandwidthMeasurement::Answer& answer, const core::Platform& machine)
{
    const QLocale locale;
    QString text;
    switch (answer.outcome) {
    case BandwidthMeasurement::Outcome::Measured:
        text = tr("<b>Measured</b> on this computer, %1: memory reads at %2 GB/s (the best of %3 passes on %4 threads; "
                  "median %5 GB/s).")
                   .arg(locale.toString(answer.date, QLocale::ShortFormat),
                        locale.toString(answer.result.bestGBs, 'f', 1))
                   .arg(answer.result.passGBs.size())
                   .arg(answer.result.threads)
                   .arg(locale.toString(answer.result.medianGBs, 'f', 1));
        if (machine.memoryKind == core::MemoryKind::Discrete) {
            text += QLatin1Char(' ')
                + tr("That is the system RAM behind the graphics card; the card's own VRAM bandwidth is the figure "
                     "below.");
        }
        break;
    case BandwidthMeasurement::Outcome::Cancelled:
        text = tr("<b>Not measured</b>: the measurement was cancelled. Type the memory bandwidth below.");
        break;
    case BandwidthMeasurement::Outcome::Failed:
        text = tr("<b>Not measured</b>: %1 Type the memory bandwidth below.").arg(answer.problem.toHtmlEscaped());
        break;
    }
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}

} // namespace localrig::ui
