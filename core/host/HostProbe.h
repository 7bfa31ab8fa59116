// SPDX-FileCopyrightText: 2026 LocalRig contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HostInfo.h"
#include "HostParsers.h"
#include "core/Result.h"

#include <cstdint>
#include <filesystem>
#include <vector>

// Reads what Linux and macOS tell about this computer. Files only: whoever may run a program (nvidia-smi,
// sysctl) runs it and hands the output to the parsers, so everything here works on a fake tree in tests.
namespace localrig::core::host {

// Linux under `root` ("/" normally; tests give a folder shaped like it):
//   proc/meminfo (MemTotal; required: its absence is an error), proc/cpuinfo,
//   sys/class/drm/card<N>/device/{vendor,device,mem_info_vram_total} (GPUs; amdgpu reports VRAM),
//   sys/class/dmi/id/{chassis_type,sys_vendor,product_name},
//   usr/share/misc/pci.ids or usr/share/hwdata/pci.ids (GPU names, when installed).
Result<HostInfo> probeLinux(const std::filesystem::path& root);

// nvidia-smi knows NVIDIA names and VRAM, which /sys does not: its GPUs replace the NVIDIA cards found there.
void mergeNvidiaSmi(HostInfo& host, const std::vector<GpuInfo>& fromNvidiaSmi);

// macOS: memory and chip from sysctl; Apple silicon is one unified pool with an integrated GPU.
HostInfo hostFromSysctl(const SysctlValues& values);

// The size a machine is sold as, from what the OS reports: the smallest usual size (8, 16, 24, 32, 36,
// 48, 64, 96, 128 ... GiB) at or above `bytes` when `bytes` is at least 88 % of it (firmware, the kernel
// and integrated graphics keep the rest: 24 GiB reads as 23.5), else the GiB rounded to one decimal.
double marketedGiB(std::uint64_t bytes);

} // namespace localrig::core::host
