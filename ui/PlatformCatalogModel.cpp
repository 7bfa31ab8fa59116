// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformCatalogModel.h"

#include "Wording.h"
#include "core/Units.h"

#include <QLocale>

#include <algorithm>

namespace localrig::ui {

PlatformCatalogModel::PlatformCatalogModel(QObject* parent)
    : QAbstractTableModel(parent)
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
        m_rows.push_back(std::move(row));
    }
    endResetModel();
}

const core::Platform* PlatformCatalogModel::platformAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)].platform : nullptr;
}

const Provenance& PlatformCatalogModel::provenanceAt(int row) const
{
    static const Provenance none;
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].source : none;
}

int PlatformCatalogModel::rowOf(const std::string& platformId) const
{
    const auto it
        = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.platform.id == platformId; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int PlatformCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlatformCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
    default:
        return false;
    }
}

QVariant PlatformCatalogModel::display(const Row& row, int column) const
{
    const core::Platform& p = row.platform;
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
    default:
        return {};
    }
}

QVariant PlatformCatalogModel::sortValue(const Row& row, int column) const
{
    const core::Platform& p = row.platform;
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
    default:
        return display(row, column);
    }
}

QString PlatformCatalogModel::toolTip(const Row& row, int column) const
{
    const core::Platform& p = row.platform;
    if (column == Vram && p.memoryKind != core::MemoryKind::Discrete) {
        return tr("%1: the GPU has no memory of its own.").arg(memoryKindText(p.memoryKind));
    }
    if (isMissing(p, column)) {
        return notPublishedText();
    }
    if (column == Price) {
        if (row.prices.empty()) {
            return sourceText(row.source);
        }
        const PricePoint& latest = row.prices.back();
        return tr("Newest dated price: %1 (%2, %3).\n%4")
            .arg(Wording::money(latest.usd), priceKindText(latest.kind), latest.date, sourceText(latest.provenance));
    }
    if (column == Name) {
        return QString::fromStdString(p.name) + QLatin1Char('\n') + sourceText(row.source);
    }
    if (column == Fp16Tflops) {
        return tr("Dense FP16 tensor throughput; sets prefill speed.\n%1").arg(sourceText(row.source));
    }
    return sourceText(row.source);
}

QVariant PlatformCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= Memory) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    default:
        return {};
    }
}

QVariant PlatformCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
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

QString PlatformCatalogModel::sourceText(const Provenance& provenance)
{
    if (provenance.source.isEmpty()) {
        return tr("Source not recorded.");
    }
    if (provenance.sourceDate.isEmpty()) {
        return tr("Source: %1").arg(provenance.source);
    }
    return tr("Source: %1 (%2)").arg(provenance.source, provenance.sourceDate);
}

QString PlatformCatalogModel::notPublishedText()
{
    return tr("Not published: no source in the catalog gives this figure.");
}

double PlatformCatalogModel::modelMemoryGiB(const core::Platform& platform)
{
    return platform.memoryKind == core::MemoryKind::Discrete ? platform.vramGiB : platform.memoryGiB;
}

} // namespace localrig::ui
