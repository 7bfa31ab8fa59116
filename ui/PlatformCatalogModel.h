// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogTableModel.h"

#include <string>
#include <vector>

namespace localrig::ui {

// The catalog's platforms, one row each; a figure no source publishes shows "—" and says so. The price
// carries its date; a price older than six months (db/PriceAge.h) is marked stale, and an announced
// machine with no price yet says so.
class PlatformCatalogModel final : public CatalogTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformCatalogModel)

public:
    enum Column {
        Name,
        Vendor,
        FormFactor,
        Memory,
        Vram,
        Bandwidth,
        Fp16Tflops,
        LoadWatts,
        Price,
        PriceDate,
        ColumnCount
    };

    explicit PlatformCatalogModel(QObject* parent = nullptr);

    void setCatalog(const CatalogData& catalog);
    const core::Platform* platformAt(int row) const;
    const Provenance& provenanceAt(int row) const;
    int rowOf(const std::string& platformId) const; // -1 when absent

    // Wording shared by the Hardware page's panels and editor.
    static QString formFactorText(const std::string& formFactor);
    static QString memoryKindText(core::MemoryKind kind);
    // A price row's kind ("launch", "later", "street", "guide") as words.
    static QString priceKindText(const QString& kind);
    static QString backendText(core::Backend backend);
    static QString bandwidthText(double gbPerSecond);
    static QString tflopsText(double tflops);
    static QString wattsText(double watts);
    static QString notPublishedText();
    // "Stale: …" for a price older than six months, with its date.
    static QString stalePriceText(const QString& date);
    static QString announcedText(); // an announced machine with no price yet
    // The pool a model runs from: VRAM on a discrete GPU, the main memory otherwise (GiB as marketed).
    static double modelMemoryGiB(const core::Platform& platform);

private:
    struct Row
    {
        core::Platform platform;
        Provenance source;
        std::vector<PricePoint> prices; // oldest first
        bool stalePrice = false;
        bool announced = false;
    };

    int rows() const override;
    QVariant display(int row, int column) const override;
    QVariant sortValue(int row, int column) const override;
    QString toolTip(int row, int column) const override;
    QString headerText(int section) const override;
    QString priceToolTip(const Row& row) const;
    static bool isMissing(const core::Platform& platform, int column);
    const Row& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    std::vector<Row> m_rows;
};

} // namespace localrig::ui
