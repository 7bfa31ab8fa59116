// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunAdvice.h"

#include "Wording.h"

#include <QLocale>

namespace localrig::ui {

QString RunAdvice::placement(const core::ModelOnPlatform& model)
{
    switch (model.placement) {
    case core::Placement::Gpu:
        return {};
    case core::Placement::LayersInSystemRam:
        return tr("Some layers run from system RAM (partial offload), which slows every token.");
    case core::Placement::ExpertsInSystemRam:
        if (!model.experts) {
            return {};
        }
        return tr("Experts of %1 of %2 layers in system RAM (%3 there, %4 on the card): faster than moving whole "
                  "layers off the card.")
            .arg(QLocale().toString(model.experts->cpuMoeLayers), QLocale().toString(model.experts->moeLayers),
                 Wording::gigabytes(model.experts->systemBytes), Wording::gigabytes(model.experts->gpuBytes));
    case core::Placement::LayerSplit: {
        QStringList shares;
        for (const core::CardShare& card : model.cards) {
            shares.append(tr("%1: %2 layers, %3")
                              .arg(QString::fromStdString(card.name), QLocale().toString(card.layers),
                                   Wording::gigabytes(card.totalBytes)));
        }
        QString text = tr("Layers split over the cards, each reading its own share in turn (%1).")
                           .arg(QLocale().createSeparatedList(shares));
        if (model.tensorParallelFullTps) {
            text += QLatin1Char(' ')
                + tr("With tensor parallelism instead (vLLM --tensor-parallel-size %1, or llama.cpp -sm tensor) the "
                     "cards read at the same time: about %2 tokens/s when the context is full, from one published "
                     "comparison.")
                      .arg(QLocale().toString(static_cast<int>(model.cards.size())),
                           QLocale().toString(model.tensorParallelFullTps->expected, 'f', 0));
        }
        return text;
    }
    case core::Placement::BoxSplit:
        return tr("Advanced setup: layers split over the machines, which pass every token along the network link "
                  "in turn; the speed band is wide because few such setups are measured.");
    }
    return {};
}

QStringList RunAdvice::commands(const core::PlatformAssessment& assessment, const QStringList& modelNames,
                                CommandsPer per)
{
    QStringList lines;
    QStringList seen; // commands, or model ids when one line a model is enough
    for (std::size_t i = 0; i < assessment.models.size(); ++i) {
        const core::ModelOnPlatform& model = assessment.models[i];
        const QString command = QString::fromStdString(model.runCommand);
        const QString key = per == CommandsPer::Model ? QString::fromStdString(model.modelId) : command;
        if (command.isEmpty() || seen.contains(key)) {
            continue;
        }
        seen.append(key);
        const QString name = i < static_cast<std::size_t>(modelNames.size()) ? modelNames.at(static_cast<qsizetype>(i))
                                                                             : QString::fromStdString(model.modelId);
        lines.append(tr("Run %1 with: %2").arg(name, command));
    }
    return lines;
}

QString RunAdvice::wiredLimit(const core::PlatformAssessment& assessment)
{
    if (!assessment.wiredLimit) {
        return {};
    }
    const core::WiredLimitStep& step = *assessment.wiredLimit;
    return tr("macOS lets the GPU use %1 by default; this plan needs %2. Raising the limit with \"%3\" lets it "
              "use up to %4 and leaves %5 for macOS and your apps: close other programs while a model runs. "
              "The setting lasts until the next restart.")
        .arg(Wording::gigabytes(step.defaultLimitBytes), Wording::gigabytes(step.footprintBytes),
             QString::fromStdString(step.command), Wording::gigabytes(step.raisedLimitBytes),
             Wording::gigabytes(step.leftForMacOsBytes));
}

} // namespace localrig::ui
