// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogData.h"

#include <QAbstractTableModel>

#include <string>
#include <vector>

namespace localrig::ui {

// The catalog's platforms, one row each; a figure no source publishes shows "—" and says so.
class PlatformCatalogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformCatalogModel)

public:
    enum Column { Name, Vendor, FormFactor, Memory, Vram, Bandwidth, Fp16Tflops, LoadWatts, Price, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit PlatformCatalogModel(QObject* parent = nullptr);

    void setCatalog(const CatalogData& catalog);
    const core::Platform* platformAt(int row) const;
    const Provenance& provenanceAt(int row) const;
    int rowOf(const std::string& platformId) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Wording shared by the Hardware page's panels and editor.
    static QString formFactorText(const std::string& formFactor);
    static QString memoryKindText(core::MemoryKind kind);
    // A price row's kind ("launch", "later", "street", "guide") as words.
    static QString priceKindText(const QString& kind);
    static QString backendText(core::Backend backend);
    static QString bandwidthText(double gbPerSecond);
    static QString tflopsText(double tflops);
    static QString wattsText(double watts);
    static QString sourceText(const Provenance& provenance);
    static QString notPublishedText();
    // The pool a model runs from: VRAM on a discrete GPU, the main memory otherwise (GiB as marketed).
    static double modelMemoryGiB(const core::Platform& platform);

private:
    struct Row
    {
        core::Platform platform;
        Provenance source;
        std::vector<PricePoint> prices; // oldest first
    };

    QVariant display(const Row& row, int column) const;
    QVariant sortValue(const Row& row, int column) const;
    QString toolTip(const Row& row, int column) const;
    static bool isMissing(const core::Platform& platform, int column);

    std::vector<Row> m_rows;
};

} // namespace localrig::ui
