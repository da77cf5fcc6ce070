"""Agency codes printed at the start of a lead, and the outlets they name (data only).

Keys are upper case as printed; the lookup is case-insensitive.
"""

from __future__ import annotations

from typing import Final

OUTLETS: Final = {
    "LSO": "Báo Lạng Sơn",
    "ĐTO": "Báo Đồng Tháp",
    "TTO": "Tuổi Trẻ Online",
    "PLO": "Pháp Luật TP.HCM Online",
    "NLĐO": "Người Lao Động Online",
    "TCCS": "Tạp chí Cộng sản",
    "TTXVN": "Thông tấn xã Việt Nam",
    "VNA": "Thông tấn xã Việt Nam",
    "VOV": "Đài Tiếng nói Việt Nam",
    "VOV2": "Đài Tiếng nói Việt Nam, hệ VOV2",
    "VTV": "Đài Truyền hình Việt Nam",
    "VTV.VN": "Đài Truyền hình Việt Nam",
    "CHINHPHU.VN": "Báo Điện tử Chính phủ",
    "VGP": "Báo Điện tử Chính phủ",
    "QĐND": "Báo Quân đội nhân dân",
    "CAND": "Báo Công an nhân dân",
    "HNM": "Báo Hànộimới",
    "SGGP": "Báo Sài Gòn Giải Phóng",
    "GDTĐ": "Báo Giáo dục và Thời đại",
    "ĐBP": "Báo Điện Biên Phủ",
    "BĐT": "Báo Đấu thầu",
    "BNA": "Báo Nghệ An",
    "BTV": "Báo Thái Bình",
    "BPO": "Báo Bình Phước",
    "BBK": "Báo Bắc Kạn",
    "BHG": "Báo Hà Giang",
    "QNO": "Báo Quảng Nam",
    "QTO": "Báo Quảng Trị",
    "BLC": "Báo Lai Châu",
    "TN": "Báo Thanh Niên",
    "NDĐT": "Báo Nhân Dân điện tử",
    "ND": "Báo Nhân Dân",
}
