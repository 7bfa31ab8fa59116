// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The decode model forms the cross-validation compares (`localrig validate --forms`) and the one LocalRig ships.
#include "Calibration.h"

namespace localrig::core {

namespace {

// Decode reaches 1/8 of the FP16 matrix FLOPS on its matrix-vector work: the c that cross-validated best among
// {4, 6, 8, 10, 12} leaving out hardware and model families (issue 16; `localrig validate --forms`).
constexpr double kChosenComputeFactor = 8.0;

} // namespace

DecodeForm DecodeForm::chosen()
{
    // Five free parameters (efficiency, per-layer time, KV factor, compute floor, a linear-attention block's launch
    // time): it beats the forms with backend and MoE effects both leaving out hardware and leaving out model families
    // (--forms), and without lambda the Qwen3.5/3.6 hybrids' rows pull t_layer up for every model.
    DecodeForm form;
    form.name = "eta + layers + KV + compute x8 + linear blocks: chosen";
    form.backendEffects = false;
    form.moeEffect = false;
    form.shrinkRows = 0.0;
    form.computeFactor = kChosenComputeFactor;
    form.linearBlockFactor = true;
    return form;
}

DecodeForm DecodeForm::globalConstant()
{
    return DecodeForm{"one constant", false, false, false, false, false, false, false, 0.0};
}

std::vector<DecodeForm> DecodeForm::candidates()
{
    return {
        globalConstant(),
        DecodeForm{"eta x family+class, kernels, t_fixed (issue 7)", false, true, false, false, false, true, true, 0.0},
        DecodeForm{"eta + t_fixed", false, true, false, false, false, false, false, 0.0},
        DecodeForm{"eta + layers x t_layer", true, false, false, false, false, false, false, 0.0},
        DecodeForm{"+ KV factor", true, false, true, false, false, false, false, 0.0},
        DecodeForm{"+ backend (shrunk)", true, false, true, true, false, false, false, 3.0},
        DecodeForm{"+ backend + MoE (shrunk)", true, false, true, true, true, false, false, 3.0},
        chosen(),
        DecodeForm{"+ backend (shrunk) + compute x6", true, false, true, true, false, false, false, 3.0, 6.0},
        DecodeForm{"+ backend (shrunk) + compute x8", true, false, true, true, false, false, false, 3.0, 8.0},
        DecodeForm{"+ backend (shrunk) + compute x10", true, false, true, true, false, false, false, 3.0, 10.0},
        DecodeForm{"+ backend + MoE (shrunk) + compute x4", true, false, true, true, true, false, false, 3.0, 4.0},
        DecodeForm{"+ backend + MoE (shrunk) + compute x8", true, false, true, true, true, false, false, 3.0, 8.0},
        DecodeForm{"+ backend + MoE (shrunk) + compute x12", true, false, true, true, true, false, false, 3.0, 12.0},
        DecodeForm{"+ backend + MoE, not shrunk", true, false, true, true, true, false, false, 0.0},
        DecodeForm{"+ backend + MoE + kernels (shrunk)", true, false, true, true, true, false, true, 3.0},
        DecodeForm{"eta + layers + KV + compute x8", true, false, true, false, false, false, false, 0.0,
                   kChosenComputeFactor},
        DecodeForm{"+ backend (shrunk) + compute x8 + linear blocks", true, false, true, true, false, false, false, 3.0,
                   kChosenComputeFactor, true},
    };
}

} // namespace localrig::core
