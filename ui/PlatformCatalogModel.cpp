// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformCatalogModel.h"

#include "ThisComputerText.h"
#include "Wording.h"
#include "core/Units.h"

#include <QLocale>

namespace localrig::ui {

PlatformCatalogModel::PlatformCatalogModel(QObject* parent)
    : CatalogTableModel(ColumnCount, {Memory, Vram, Bandwidth, Fp16Tflops, LoadWatts, Price}, parent)
{ }

void PlatformCatalogModel::setCatalog(const CatalogData& catalog)
{
    beginResetModel();
    m_rows.clear();
    for (const core::Platform& platform : catalog.platforms) {
        Row row;
        row.platform = platform;
        if (const auto it = catalog.platformProvenance.find(platform.id); it != catalog.platformProvenance.end()) {
            row.source = it->second;
        }
        if (const auto it = catalog.priceHistory.find(platform.id); it != catalog.priceHistory.end()) {
            row.prices = it->second;
        }
        row.stalePrice = catalog.stalePrices.count(platform.id) > 0;
        const auto availability = catalog.availability.find(platform.id);
        row.announced
            = availability != catalog.availability.end() && availability->second == QLatin1String("announced");
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

const core::Platform* PlatformCatalogModel::platformAt(int row) const
{
    return hasRow(row) ? &rowAt(row).platform : nullptr;
}

const Provenance& PlatformCatalogModel::provenanceAt(int row) const
{
    static const Provenance none;
    return hasRow(row) ? rowAt(row).source : none;
}

int PlatformCatalogModel::rowOf(const std::string& platformId) const
{
    return indexWhere(m_rows, [&](const Row& r) { return r.platform.id == platformId; });
}

int PlatformCatalogModel::rows() const
{
    return static_cast<int>(m_rows.size());
}

bool PlatformCatalogModel::isMissing(const core::Platform& p, int column)
{
    switch (column) {
    case Memory:
        return p.memoryGiB <= 0.0;
    case Vram:
        return p.memoryKind != core::MemoryKind::Discrete || p.vramGiB <= 0.0;
    case Bandwidth:
        return p.bandwidthGBs <= 0.0;
    case Fp16Tflops:
        return !p.fp16Tflops;
    case LoadWatts:
        return p.loadWatts <= 0.0;
    case Price:
        return !p.priceUsd;
    case PriceDate:
        return !p.priceUsd || p.priceDate.empty();
    default:
        return false;
    }
}

QVariant PlatformCatalogModel::display(int r, int column) const
{
    const Row& row = rowAt(r);
    const core::Platform& p = row.platform;
    if (row.announced && !p.priceUsd && (column == Price || column == PriceDate)) {
        return column == Price ? announcedText() : tr("—");
    }
    if (isMissing(p, column)) {
        return tr("—");
    }
    switch (column) {
    case Name:
        return QString::fromStdString(p.name);
    case Vendor:
        return QString::fromStdString(p.vendor);
    case FormFactor:
        return formFactorText(p.formFactor);
    case Memory:
        return Wording::gigabytes(core::gibToBytes(p.memoryGiB));
    case Vram:
        return Wording::gigabytes(core::gibToBytes(p.vramGiB));
    case Bandwidth:
        return bandwidthText(p.bandwidthGBs);
    case Fp16Tflops:
        return tflopsText(*p.fp16Tflops);
    case LoadWatts:
        return wattsText(p.loadWatts);
    case Price:
        return Wording::money(*p.priceUsd);
    case PriceDate:
        return row.stalePrice ? tr("%1 (stale)", "price date").arg(QString::fromStdString(p.priceDate))
                              : QString::fromStdString(p.priceDate);
    default:
        return {};
    }
}

QVariant PlatformCatalogModel::sortValue(int r, int column) const
{
    const core::Platform& p = rowAt(r).platform;
    if (isMissing(p, column)) {
        return {}; // sorts after every published figure
    }
    switch (column) {
    case Memory:
        return p.memoryGiB;
    case Vram:
        return p.vramGiB;
    case Bandwidth:
        return p.bandwidthGBs;
    case Fp16Tflops:
        return *p.fp16Tflops;
    case LoadWatts:
        return p.loadWatts;
    case Price:
        return *p.priceUsd;
    case PriceDate:
        return QString::fromStdString(p.priceDate);
    default:
        return display(r, column);
    }
}

QString PlatformCatalogModel::priceToolTip(const Row& row) const
{
    const core::Platform& p = row.platform;
    if (!p.priceUsd) {
        return row.announced ? announcedText() : notPublishedText();
    }
    QString tip;
    if (row.prices.empty()) {
        tip = sourceText(row.source);
    } else {
        const PricePoint& latest = row.prices.back();
        tip = tr("Newest dated price: %1 (%2, %3).\n%4")
                  .arg(Wording::money(latest.usd), priceKindText(latest.kind), latest.date,
                       sourceText(latest.provenance));
    }
    if (row.stalePrice) {
        tip += QLatin1Char('\n') + stalePriceText(QString::fromStdString(p.priceDate));
    }
    return tip;
}

QString PlatformCatalogModel::toolTip(int r, int column) const
{
    const Row& row = rowAt(r);
    const core::Platform& p = row.platform;
    if (column == Price || column == PriceDate) {
        return priceToolTip(row);
    }
    if (column == Vram && p.memoryKind != core::MemoryKind::Discrete) {
        return tr("%1: the GPU has no memory of its own.").arg(memoryKindText(p.memoryKind));
    }
    if (isMissing(p, column)) {
        return notPublishedText();
    }
    if (column == Name) {
        return QString::fromStdString(p.name) + QLatin1Char('\n') + sourceText(row.source);
    }
    if (column == Bandwidth) {
        if (const auto measured = ThisComputerText::bandwidthSource(row.source.notes)) {
            return *measured;
        }
    }
    if (column == Fp16Tflops) {
        return tr("Dense FP16 tensor throughput; sets prefill speed.\n%1").arg(sourceText(row.source));
    }
    return sourceText(row.source);
}

QString PlatformCatalogModel::headerText(int section) const
{
    switch (section) {
    case Name:
        return tr("Machine");
    case Vendor:
        return tr("Vendor");
    case FormFactor:
        return tr("Form factor");
    case Memory:
        return tr("Memory");
    case Vram:
        return tr("VRAM");
    case Bandwidth:
        return tr("Bandwidth");
    case Fp16Tflops:
        return tr("FP16");
    case LoadWatts:
        return tr("Load power");
    case Price:
        return tr("Price");
    case PriceDate:
        return tr("Price date");
    default:
        return {};
    }
}

QString PlatformCatalogModel::formFactorText(const std::string& formFactor)
{
    if (formFactor == "laptop") {
        return tr("Laptop");
    }
    if (formFactor == "desktop") {
        return tr("Desktop");
    }
    if (formFactor == "mini") {
        return tr("Mini PC");
    }
    if (formFactor == "card") {
        return tr("Graphics card");
    }
    if (formFactor == "workstation") {
        return tr("Workstation");
    }
    if (formFactor == "server") {
        return tr("Server");
    }
    return formFactor.empty() ? tr("—") : QString::fromStdString(formFactor);
}

QString PlatformCatalogModel::priceKindText(const QString& kind)
{
    if (kind == QLatin1String("launch")) {
        return tr("launch");
    }
    if (kind == QLatin1String("later")) {
        return tr("later list");
    }
    if (kind == QLatin1String("street")) {
        return tr("street");
    }
    if (kind == QLatin1String("guide")) {
        return tr("the guide's figure");
    }
    return kind;
}

QString PlatformCatalogModel::memoryKindText(core::MemoryKind kind)
{
    switch (kind) {
    case core::MemoryKind::Unified:
        return tr("Unified memory");
    case core::MemoryKind::Discrete:
        return tr("Discrete GPU");
    case core::MemoryKind::System:
        return tr("System memory (CPU only)");
    }
    return {};
}

QString PlatformCatalogModel::backendText(core::Backend backend)
{
    switch (backend) {
    case core::Backend::Metal:
        return tr("Metal");
    case core::Backend::Cuda:
        return tr("CUDA");
    case core::Backend::Rocm:
        return tr("ROCm");
    case core::Backend::Vulkan:
        return tr("Vulkan");
    case core::Backend::Cpu:
        return tr("CPU");
    }
    return {};
}

QString PlatformCatalogModel::bandwidthText(double gbPerSecond)
{
    return tr("%1 GB/s").arg(QLocale().toString(gbPerSecond, 'f', gbPerSecond < 100.0 ? 1 : 0));
}

QString PlatformCatalogModel::tflopsText(double tflops)
{
    return tr("%1 TFLOPS").arg(QLocale().toString(tflops, 'f', 1));
}

QString PlatformCatalogModel::wattsText(double watts)
{
    return tr("%1 W").arg(QLocale().toString(watts, 'f', 0));
}

QString PlatformCatalogModel::notPublishedText()
{
    return tr("Not published: no source in the catalog gives this figure.");
}

QString PlatformCatalogModel::stalePriceText(const QString& date)
{
    return tr("Stale: this price dates from %1, more than six months ago. Check it with the seller.").arg(date);
}

QString PlatformCatalogModel::announcedText()
{
    return tr("announced, no price");
}

double PlatformCatalogModel::modelMemoryGiB(const core::Platform& platform)
{
    return platform.memoryKind == core::MemoryKind::Discrete ? platform.vramGiB : platform.memoryGiB;
}

} // namespace localrig::ui
