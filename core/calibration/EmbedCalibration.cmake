# SPDX-FileCopyrightText: 2026 LocalRig contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Embeds the reviewable calibration files into localrig_core as string constants, so
# SpeedCalibration::fitted() needs no file at run time. Editing a CSV re-runs this at the next build.
set(_localrig_cal_dir "${CMAKE_CURRENT_LIST_DIR}")
file(READ "${_localrig_cal_dir}/speed-calibration.csv" LOCALRIG_SPEED_CALIBRATION_CSV)
file(READ "${_localrig_cal_dir}/model-kv-layouts.csv" LOCALRIG_MODEL_LAYOUTS_CSV)
file(READ "${_localrig_cal_dir}/hardware-flops.csv" LOCALRIG_HARDWARE_FLOPS_CSV)
configure_file("${_localrig_cal_dir}/CalibrationData.cpp.in" "${CMAKE_CURRENT_BINARY_DIR}/CalibrationData.cpp" @ONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${_localrig_cal_dir}/speed-calibration.csv"
    "${_localrig_cal_dir}/model-kv-layouts.csv"
    "${_localrig_cal_dir}/hardware-flops.csv")
target_sources(localrig_core PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/CalibrationData.cpp")
