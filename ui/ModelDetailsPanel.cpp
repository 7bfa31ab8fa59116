// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelDetailsPanel.h"

#include "BuyerWording.h"
#include "CatalogTableView.h"
#include "MeasuredSpeedText.h"
#include "QuantFootprintModel.h"
#include "Wording.h"
#include "core/Fit.h"
#include "core/SpeedEstimate.h"
#include "core/Units.h"

#include <QLabel>
#include <QLocale>
#include <QTreeWidget>

#include <algorithm>
#include <vector>

namespace localrig::ui {

namespace {

constexpr int kSpeedRole = Qt::UserRole;

QString billions(double params)
{
    return ModelDetailsPanel::tr("%1 B").arg(QLocale().toString(params / core::kParamsPerBillion, 'f', 1));
}

} // namespace

ModelDetailsPanel::ModelDetailsPanel(QWidget* parent)
    : CatalogDetailsPanel(QStringLiteral("model"), parent)
{
    m_footprintHeading = heading(QStringLiteral("footprintHeadingLabel"));
    m_footprint = new QuantFootprintModel(this);
    m_footprintView = new CatalogTableView(QStringLiteral("quantFootprintTableView"), this);
    m_footprintView->setModel(m_footprint);
    m_footprintView->setStretchColumn(QuantFootprintModel::Quant);

    m_fitsOnHeading = heading(QStringLiteral("fitsOnHeadingLabel"));
    m_fitsOn = list(QStringLiteral("fitsOnTreeWidget"), {tr("Machine"), tr("Verdict"), tr("Decode speed")});

    setColumns(headedColumn(m_footprintHeading, m_footprintView), 5, headedColumn(m_fitsOnHeading, m_fitsOn), 4);

    connect(m_footprintView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (const core::Quantization* quant = m_footprint->quantAt(current.row())) {
                    m_quantId = quant->id;
                    updateFitsOn();
                }
            });
    refresh();
}

void ModelDetailsPanel::setCatalog(const CatalogData* catalog, const ModelDisplayInfoMap* info)
{
    m_catalog = catalog;
    m_info = info;
    if (m_catalog && m_quantId.empty()) {
        if (const core::Quantization* quant = QuantFootprintModel::defaultQuant(m_catalog->quants)) {
            m_quantId = quant->id;
        }
    }
    refresh();
}

void ModelDetailsPanel::setModel(const std::string& modelId)
{
    m_modelId = modelId;
    refresh();
}

void ModelDetailsPanel::selectQuant(const std::string& quantId)
{
    const int row = m_footprint->rowOf(quantId);
    if (row >= 0) {
        m_footprintView->setCurrentIndex(m_footprint->index(row, QuantFootprintModel::Quant));
    }
}

std::string ModelDetailsPanel::selectedQuantId() const
{
    return m_quantId;
}

void ModelDetailsPanel::refresh()
{
    const core::ModelSpec* model = m_catalog ? m_catalog->model(m_modelId) : nullptr;
    if (!model) {
        title()->setText(tr("No model selected"));
        summary()->setText(tr("Choose a model in the list to see its footprint and the machines it fits on."));
        m_footprintHeading->clear();
        m_footprint->clear();
        updateFitsOn();
        return;
    }
    static const ModelDisplayInfo noInfo;
    const auto infoIt = m_info ? m_info->find(m_modelId) : ModelDisplayInfoMap::const_iterator{};
    const ModelDisplayInfo& info = m_info && infoIt != m_info->end() ? infoIt->second : noInfo;

    title()->setText(QString::fromStdString(model->name));
    QStringList facts;
    if (!model->family.empty()) {
        facts.append(QString::fromStdString(model->family));
    }
    if (!info.developer.isEmpty()) {
        facts.append(info.developer);
    }
    facts.append(
        model->isMixtureOfExperts()
            ? tr("%1 parameters, %2 active per token").arg(billions(model->totalParams), billions(model->activeParams))
            : tr("%1 parameters (dense)").arg(billions(model->totalParams)));
    if (model->nativeContext > 0) {
        facts.append(tr("trained for %1").arg(Wording::contextTokens(model->nativeContext)));
    }
    if (!info.license.isEmpty()) {
        facts.append(tr("licence %1").arg(info.license));
    }
    if (!info.releaseDate.isEmpty()) {
        facts.append(tr("released %1").arg(info.releaseDate));
    }
    summary()->setText(facts.join(QStringLiteral(" · ")));
    m_footprintHeading->setText(
        scenario().sessions > 1
            ? tr("Footprint per &quantization at %1, %2 sessions at once")
                  .arg(Wording::contextTokens(scenario().contextTokens), QLocale().toString(scenario().sessions))
            : tr("Footprint per &quantization at %1").arg(Wording::contextTokens(scenario().contextTokens)));
    m_footprint->show(*model, *m_catalog, info, scenario());
    const int row = m_footprint->rowOf(m_quantId);
    if (row >= 0) {
        m_footprintView->setCurrentIndex(m_footprint->index(row, QuantFootprintModel::Quant));
    }
    updateFitsOn();
}

void ModelDetailsPanel::updateFitsOn()
{
    m_fitsOn->clear();
    const core::ModelSpec* model = m_catalog ? m_catalog->model(m_modelId) : nullptr;
    const int quantRow = m_footprint->rowOf(m_quantId);
    const core::Quantization* quant = m_footprint->quantAt(quantRow);
    const core::MemoryBreakdown* memory = m_footprint->memoryAt(quantRow);
    if (!model || !quant || !memory) {
        m_fitsOnHeading->setText(model ? tr("Fits &on: choose a quantization") : QString());
        return;
    }
    const bool dark = isDark();
    std::vector<QTreeWidgetItem*> items;
    for (const core::Platform& platform : m_catalog->platforms) {
        const auto fit = core::assessFit(*memory, platform, scenario());
        if (!fit || !fit.value().meetsHeadroom()) {
            continue;
        }
        const core::SpeedInputs inputs{*model, *quant, *memory, fit.value(), platform, scenario()};
        const auto speed = core::estimateSpeed(inputs, calibration());
        auto* item = new QTreeWidgetItem;
        item->setText(FitsOnMachine, QString::fromStdString(platform.name));
        item->setData(FitsOnMachine, Qt::UserRole, QString::fromStdString(platform.id));
        item->setToolTip(FitsOnMachine, QString::fromStdString(platform.name));
        const db::MeasurementEntry* measured
            = m_catalog->measured(model->id, quant->id, platform, scenario().contextTokens);
        // A published measurement wins over the estimate, as in the speed column.
        const std::optional<double> decode = measured ? std::optional<double>(measured->decodeTps)
            : speed                                   ? std::optional<double>(speed.value().decodeTps.expected)
                                                      : std::nullopt;
        const core::BuyerVerdict verdict = QuantFootprintModel::runVerdict(fit.value(), decode);
        item->setText(FitsOnVerdict, QuantFootprintModel::runVerdictText(verdict, fit.value()));
        item->setForeground(FitsOnVerdict, BuyerWording::verdictColor(verdict, dark));
        item->setToolTip(FitsOnVerdict,
                         QuantFootprintModel::runVerdictToolTip(verdict, fit.value(), memory->totalBytes, decode));
        if (measured) {
            item->setText(FitsOnDecode, MeasuredSpeedText::cell(*measured, platform.backend));
            item->setData(FitsOnDecode, kSpeedRole, measured->decodeTps);
            item->setToolTip(FitsOnDecode,
                             MeasuredSpeedText::tooltip(*measured, platform.backend,
                                                        speed ? std::optional<core::SpeedBand>(speed.value().decodeTps)
                                                              : std::nullopt));
        } else if (speed) {
            item->setText(FitsOnDecode, Wording::speedBand(speed.value().decodeTps));
            item->setData(FitsOnDecode, kSpeedRole, speed.value().decodeTps.expected);
            item->setToolTip(FitsOnDecode,
                             tr("Expected decode speed with its likely range (%1).")
                                 .arg(QString::fromStdString(calibration().source)));
        } else {
            item->setText(FitsOnDecode, tr("—"));
            item->setToolTip(FitsOnDecode, Wording::error(speed.error()));
        }
        item->setTextAlignment(FitsOnDecode, Qt::AlignRight | Qt::AlignVCenter);
        items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const QTreeWidgetItem* a, const QTreeWidgetItem* b) {
        return a->data(FitsOnDecode, kSpeedRole).toDouble() > b->data(FitsOnDecode, kSpeedRole).toDouble();
    });
    for (QTreeWidgetItem* item : items) {
        m_fitsOn->addTopLevelItem(item);
    }
    const QString quantName = QString::fromStdString(quant->name);
    const QString context = Wording::contextTokens(scenario().contextTokens);
    if (items.empty()) {
        m_fitsOnHeading->setText(
            tr("Fits &on: no catalog machine runs it with headroom (%1, %2)").arg(quantName, context));
    } else {
        m_fitsOnHeading->setText(tr("Fits &on %1 of %2 machines with headroom (%3, %4)")
                                     .arg(QLocale().toString(static_cast<int>(items.size())),
                                          QLocale().toString(static_cast<int>(m_catalog->platforms.size())), quantName,
                                          context));
    }
}

} // namespace localrig::ui
