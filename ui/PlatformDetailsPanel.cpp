// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlatformDetailsPanel.h"

#include "BuyerWording.h"
#include "MeasuredEvidence.h"
#include "MeasuredSpeedText.h"
#include "PlatformCatalogModel.h"
#include "QuantFootprintModel.h"
#include "ThisComputerText.h"
#include "Wording.h"
#include "core/Fit.h"
#include "core/MemoryEstimate.h"
#include "core/SpeedEstimate.h"
#include "core/Units.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace localrig::ui {

PlatformDetailsPanel::PlatformDetailsPanel(QWidget* parent)
    : CatalogDetailsPanel(QStringLiteral("platform"), parent)
{
    m_figures = new QFormLayout;
    m_figures->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_memory = addFigure(tr("Memory:"), QStringLiteral("platformMemoryValueLabel"));
    m_bandwidth = addFigure(tr("Bandwidth:"), QStringLiteral("platformBandwidthValueLabel"));
    m_compute = addFigure(tr("Compute:"), QStringLiteral("platformComputeValueLabel"));
    m_power = addFigure(tr("Power:"), QStringLiteral("platformPowerValueLabel"));
    m_price = addFigure(tr("Price:"), QStringLiteral("platformPriceValueLabel"));

    m_pricesHeading = heading(QStringLiteral("priceHistoryHeadingLabel"));
    m_pricesHeading->setText(tr("Price histor&y"));
    m_prices = list(QStringLiteral("priceHistoryTreeWidget"), {tr("Date"), tr("Price"), tr("Kind"), tr("Source")});
    m_prices->header()->setSectionResizeMode(PriceSource, QHeaderView::Stretch);
    m_prices->header()->setSectionResizeMode(PriceDate, QHeaderView::ResizeToContents);
    m_prices->setTextElideMode(Qt::ElideMiddle);

    m_measuredHeading = heading(QStringLiteral("measuredHeadingLabel"));
    m_measured = list(QStringLiteral("measuredTreeWidget"),
                      {tr("Model"), tr("Backend"), tr("Context"), tr("Measured"), tr("Estimate")});

    m_modelsHeading = heading(QStringLiteral("runsComfortablyHeadingLabel"));
    m_models = list(QStringLiteral("runsComfortablyTreeWidget"),
                    {tr("Model"), tr("Needs"), tr("Verdict"), tr("Decode speed")});

    // Figures above their price history and measurements on the left; the models, the longest list, get the right.
    QBoxLayout* left = headedColumn(m_pricesHeading, m_prices);
    left->insertLayout(0, m_figures);
    left->addLayout(headedColumn(m_measuredHeading, m_measured), 1);
    setColumns(left, 4, headedColumn(m_modelsHeading, m_models), 5);
    refresh();
}

QLabel* PlatformDetailsPanel::addFigure(const QString& label, const QString& objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->addRow(label, value);
    return value;
}

void PlatformDetailsPanel::setCatalog(const CatalogData* catalog)
{
    m_catalog = catalog;
    refresh();
}

void PlatformDetailsPanel::setPlatform(const std::string& platformId)
{
    m_platformId = platformId;
    refresh();
}

void PlatformDetailsPanel::refresh()
{
    const core::Platform* platform = m_catalog ? m_catalog->platform(m_platformId) : nullptr;
    m_prices->clear();
    m_measured->clear();
    m_models->clear();
    if (!platform) {
        title()->setText(tr("No machine selected"));
        summary()->setText(tr("Choose a machine in the list to see its figures, prices and the models it runs."));
        for (QLabel* value : {m_memory, m_bandwidth, m_compute, m_power, m_price}) {
            value->clear();
            value->setToolTip({});
        }
        m_modelsHeading->setText(tr("&Runs comfortably"));
        m_measuredHeading->setText(tr("Measured on th&is machine"));
        return;
    }
    title()->setText(QString::fromStdString(platform->name));
    QStringList facts{QString::fromStdString(platform->vendor),
                      PlatformCatalogModel::formFactorText(platform->formFactor),
                      PlatformCatalogModel::memoryKindText(platform->memoryKind),
                      PlatformCatalogModel::backendText(platform->backend)};
    if (!platform->os.empty()) {
        facts.append(QString::fromStdString(platform->os));
    }
    facts.append(platform->portable ? tr("portable") : tr("not portable"));
    if (platform->id == m_catalog->myMachineId) {
        facts.prepend(tr("Your machine"));
    }
    facts.removeAll(QString());
    summary()->setText(facts.join(QStringLiteral(" · ")));
    showFigures(*platform);
    showPrices(*platform);
    showMeasured(*platform);
    showModels(*platform);
}

void PlatformDetailsPanel::showFigures(const core::Platform& p)
{
    const auto provenance = m_catalog->platformProvenance.find(p.id);
    const QString source = PlatformCatalogModel::sourceText(
        provenance == m_catalog->platformProvenance.end() ? Provenance{} : provenance->second);
    const QString dash = tr("—");
    const auto set = [&](QLabel* label, const QString& text, bool published) {
        label->setText(published ? text : dash);
        label->setToolTip(published ? source : PlatformCatalogModel::notPublishedText());
    };
    const QString ram = p.memoryGiB > 0.0 ? Wording::gigabytes(core::gibToBytes(p.memoryGiB)) : dash;
    if (p.memoryKind == core::MemoryKind::Discrete) {
        set(m_memory, tr("%1 VRAM, %2 system RAM").arg(Wording::gigabytes(core::gibToBytes(p.vramGiB)), ram),
            p.vramGiB > 0.0);
    } else {
        // Whole sentences, not a lower-cased kind: German capitalises its nouns.
        const QString memory = p.memoryKind == core::MemoryKind::Unified ? tr("%1 unified memory").arg(ram)
                                                                         : tr("%1 system memory (CPU only)").arg(ram);
        set(m_memory, memory, p.memoryGiB > 0.0);
    }
    QString bandwidth = PlatformCatalogModel::bandwidthText(p.bandwidthGBs);
    if (p.memoryKind == core::MemoryKind::Discrete && p.systemBandwidthGBs > 0.0) {
        bandwidth = tr("%1 (system RAM %2)").arg(bandwidth, PlatformCatalogModel::bandwidthText(p.systemBandwidthGBs));
    }
    set(m_bandwidth, bandwidth, p.bandwidthGBs > 0.0);
    if (provenance != m_catalog->platformProvenance.end()) {
        if (const auto measured = ThisComputerText::bandwidthSource(provenance->second.notes)) {
            m_bandwidth->setToolTip(*measured);
        }
    }
    set(m_compute, p.fp16Tflops ? tr("%1 FP16").arg(PlatformCatalogModel::tflopsText(*p.fp16Tflops)) : QString(),
        p.fp16Tflops.has_value());
    QString power = tr("%1 under load").arg(PlatformCatalogModel::wattsText(p.loadWatts));
    if (p.idleWatts > 0.0) {
        power = tr("%1, %2 idle").arg(power, PlatformCatalogModel::wattsText(p.idleWatts));
    }
    set(m_power, power, p.loadWatts > 0.0);
    showPrice(p, source);
}

void PlatformDetailsPanel::showPrice(const core::Platform& p, const QString& source)
{
    const auto availability = m_catalog->availability.find(p.id);
    if (!p.priceUsd) {
        const bool announced
            = availability != m_catalog->availability.end() && availability->second == QLatin1String("announced");
        m_price->setText(announced ? PlatformCatalogModel::announcedText() : tr("—"));
        m_price->setToolTip(announced ? QString() : PlatformCatalogModel::notPublishedText());
        return;
    }
    const QString date = QString::fromStdString(p.priceDate);
    const bool stale = m_catalog->stalePrices.count(p.id) > 0;
    QString text = Wording::money(*p.priceUsd);
    if (!date.isEmpty()) {
        text = stale ? tr("%1, dated %2 (stale)").arg(text, date) : tr("%1, dated %2").arg(text, date);
    }
    m_price->setText(text);
    m_price->setToolTip(stale ? source + QLatin1Char('\n') + PlatformCatalogModel::stalePriceText(date) : source);
}

void PlatformDetailsPanel::showPrices(const core::Platform& p)
{
    const auto history = m_catalog->priceHistory.find(p.id);
    if (history == m_catalog->priceHistory.end()) {
        return;
    }
    // Newest first: the figure a buyer compares against today.
    for (auto it = history->second.rbegin(); it != history->second.rend(); ++it) {
        auto* item = new QTreeWidgetItem(m_prices);
        item->setText(PriceDate, it->date);
        item->setText(PriceAmount, Wording::money(it->usd));
        item->setTextAlignment(PriceAmount, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(PriceKind, PlatformCatalogModel::priceKindText(it->kind));
        item->setText(PriceSource, it->provenance.source);
        const QString tip = PlatformCatalogModel::sourceText(it->provenance)
            + (it->provenance.notes.isEmpty() ? QString() : QLatin1Char('\n') + it->provenance.notes);
        for (int column = 0; column < PriceColumnCount; ++column) {
            item->setToolTip(column, tip);
        }
    }
}

void PlatformDetailsPanel::showMeasured(const core::Platform& p)
{
    // Every published run of this machine, whatever its model or quantization, beside what LocalRig estimates for
    // the same run: where a young driver or a backend falls short of the bandwidth, the buyer sees it here.
    int count = 0;
    for (const db::MeasurementEntry& m : m_catalog->measurements) {
        const core::ModelSpec* model
            = m.platformId.toStdString() == p.id ? m_catalog->model(m.modelId.toStdString()) : nullptr;
        const core::Quantization* quant = m_catalog->quantization(m.quantId.toStdString());
        if (!model || !quant) {
            continue;
        }
        const std::optional<core::SpeedBand> estimate
            = MeasuredEvidence::estimate(*m_catalog, p, m, scenario(), calibration());
        auto* item = new QTreeWidgetItem(m_measured);
        ++count;
        item->setText(MeasuredModel,
                      tr("%1 · %2").arg(QString::fromStdString(model->name), QString::fromStdString(quant->name)));
        item->setText(MeasuredBackend, PlatformCatalogModel::backendText(m.backend));
        item->setText(MeasuredContext, Wording::contextTokens(m.contextTokens));
        item->setText(MeasuredDecode, Wording::tokensPerSecond(m.decodeTps));
        item->setText(MeasuredEstimate, estimate ? Wording::speedBand(*estimate) : tr("—"));
        const QString tip = MeasuredSpeedText::tooltip(m, p.backend, estimate);
        for (int column = 0; column < MeasuredColumnCount; ++column) {
            item->setToolTip(column, tip);
            if (column >= MeasuredContext) {
                item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
    }
    m_measuredHeading->setText(count == 0 ? tr("Measured on th&is machine: no published run in the catalog")
                                          : tr("Measured on th&is machine (llama.cpp, one sequence)"));
}

void PlatformDetailsPanel::showModels(const core::Platform& p)
{
    const core::Quantization* quant = QuantFootprintModel::defaultQuant(m_catalog->quants);
    const QString context = Wording::contextTokens(scenario().contextTokens);
    if (!quant) {
        m_modelsHeading->setText(tr("&Runs comfortably: the catalog holds no quantization"));
        return;
    }
    const bool dark = isDark();
    std::vector<QTreeWidgetItem*> items;
    for (const core::ModelSpec& model : m_catalog->models) {
        const auto memory
            = core::estimateMemory(model, *quant, scenario(), {}, m_catalog->measuredFileBytes(model.id, quant->id));
        if (!memory) {
            continue;
        }
        const auto fit = core::assessFit(memory.value(), p, scenario());
        if (!fit || !fit.value().meetsHeadroom()) {
            continue;
        }
        auto* item = new QTreeWidgetItem;
        items.push_back(item);
        item->setText(RunsModel, QString::fromStdString(model.name));
        item->setData(RunsModel, Qt::UserRole, QString::fromStdString(model.id));
        item->setToolTip(RunsModel, QString::fromStdString(model.name));
        item->setText(RunsNeeds, Wording::gigabytes(memory.value().totalBytes));
        item->setData(RunsNeeds, Qt::UserRole, memory.value().totalBytes);
        item->setTextAlignment(RunsNeeds, Qt::AlignRight | Qt::AlignVCenter);
        const core::SpeedInputs inputs{model, *quant, memory.value(), fit.value(), p, scenario()};
        const auto speed = core::estimateSpeed(inputs, calibration());
        const std::optional<double> decode
            = speed ? std::optional<double>(speed.value().decodeTps.expected) : std::nullopt;
        const core::BuyerVerdict verdict = QuantFootprintModel::runVerdict(fit.value(), decode);
        item->setText(RunsVerdict, QuantFootprintModel::runVerdictText(verdict, fit.value()));
        item->setForeground(RunsVerdict, BuyerWording::verdictColor(verdict, dark));
        item->setToolTip(
            RunsVerdict,
            QuantFootprintModel::runVerdictToolTip(verdict, fit.value(), memory.value().totalBytes, decode));
        item->setText(RunsDecode, speed ? Wording::speedBand(speed.value().decodeTps) : tr("—"));
        item->setToolTip(RunsDecode,
                         speed ? tr("Expected decode speed with its likely range (%1).")
                                     .arg(QString::fromStdString(calibration().source))
                               : Wording::error(speed.error()));
        item->setTextAlignment(RunsDecode, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Largest first: the biggest model a machine runs comfortably is what sets it apart.
    std::stable_sort(items.begin(), items.end(), [](const QTreeWidgetItem* a, const QTreeWidgetItem* b) {
        return a->data(RunsNeeds, Qt::UserRole).toDouble() > b->data(RunsNeeds, Qt::UserRole).toDouble();
    });
    for (QTreeWidgetItem* item : items) {
        m_models->addTopLevelItem(item);
    }
    const int count = static_cast<int>(items.size());
    m_modelsHeading->setText(
        count == 0
            ? tr("&Runs comfortably: no catalog model at %1 and %2").arg(QString::fromStdString(quant->name), context)
            : tr("&Runs comfortably: %1 models at %2 and %3")
                  .arg(QLocale().toString(count), QString::fromStdString(quant->name), context));
}

} // namespace localrig::ui
