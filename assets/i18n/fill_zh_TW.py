"""Fill tingxie_zh_TW.ts with Taiwan Mandarin UI text, then compile it.

    pyside6-lupdate -no-obsolete gui/*.py -ts assets/i18n/tingxie_zh_TW.ts   # strings in the code
    python assets/i18n/fill_zh_TW.py                              # translations below -> .ts -> .qm

Translators can also edit the .ts file with Qt Linguist (pyside6-linguist) instead.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
TS = HERE / "tingxie_zh_TW.ts"

ZH_TW = {
    "&File": "檔案(&F)", "&Help": "說明(&H)", "&Tools": "工具(&T)",
    "Add a folder": "加入資料夾", "Add audio or video files": "加入音訊或影片檔",
    "Add files…": "加入檔案…", "Add folder…": "加入資料夾…",
    "Address of the model archive (.tar.bz2):": "模型壓縮檔（.tar.bz2）的網址：",
    "Bundled": "內建", "Cancel": "取消", "Cancel all": "全部取消", "Cancel selected": "取消所選",
    "Cancelled": "已取消", "Cancelled (Download resumes)": "已取消（再按下載可續傳）",
    "Chinese conversion": "中文轉換", "Connecting…": "連線中…", "Copy all": "全部複製",
    "Copy details": "複製詳細資訊", "Copy each sentence to the clipboard": "每句自動複製到剪貼簿",
    "Could not save to the history: {0}": "無法存入歷史紀錄：{0}",
    "Could not write beside {0}: {1}": "無法在 {0} 旁寫入檔案：{1}",
    "Dictation": "聽寫", "Done": "完成", "Download": "下載", "Download from URL…": "從網址下載…",
    "Drop audio or video files or folders anywhere on this window.": "把音訊、影片檔或資料夾拖到視窗任何地方即可轉寫。",
    "Duration": "長度", "Export folder": "匯出資料夾", "Export {0}": "匯出 {0}", "Failed": "失敗",
    "Failed (try again to resume)": "失敗（再試一次可續傳）", "File": "檔案", "Files": "檔案轉寫",
    "Full-width Chinese punctuation": "使用全形中文標點", "History": "歷史紀錄",
    "Import a model folder": "匯入模型資料夾", "Import folder…": "匯入資料夾…",
    "Installed, {0:.0f} MB": "已安裝，{0:.0f} MB", "Kind": "類型", "Language": "語言",
    "Listening… recording to {0}": "聆聽中…錄音存於 {0}", "Microphone": "麥克風", "Model": "模型",
    "Model manager": "模型管理", "Model manager…": "模型管理…", "Model precision": "模型精度",
    "No audio or video files in what was dropped.": "拖入的項目中沒有音訊或影片檔。",
    "No microphone found.": "找不到麥克風。",
    "No model is installed. Open the model manager to get one.": "尚未安裝模型，請開啟模型管理下載或匯入。",
    "No transcript yet: drop audio or video files on the window.": "尚無逐字稿：把音訊或影片檔拖到視窗上。",
    "Not installed": "未安裝", "Open log folder": "開啟紀錄檔資料夾",
    "Press Start, or hold Space here, and speak. Each sentence appears when you pause.": "按「開始聽寫」或在此按住空白鍵說話，每句話停頓後就會出現。",
    "Progress": "進度", "Punctuation and number formatting (ITN)": "加上標點並轉換數字格式（ITN）",
    "Quit": "結束", "Remove": "移除", "Replacement rules": "取代規則", "Saved {0}": "已儲存 {0}",
    "Search transcripts…": "搜尋逐字稿…", "Settings": "設定", "Settings…": "設定…", "Source": "來源",
    "Start dictation": "開始聽寫", "State": "狀態", "Stop": "停止",
    "Stopped. Recording kept at {0}": "已停止，錄音保存在 {0}", "Text": "文字", "Threads": "執行緒數",
    "Time": "時間", "Tingxie": "聽寫 Tingxie", "Tingxie 聽寫": "聽寫 Tingxie", "Transcribing": "轉寫中",
    "Waiting": "等待中", "When": "時間",
    "Write SRT and TXT beside each source file automatically": "自動在原始檔旁寫出 SRT 與 TXT",
    "Interface language": "介面語言", "Restart Tingxie to see the new language.": "重新啟動聽寫後即套用新的介面語言。",
    "&View": "檢視(&V)",
    "Welcome to Tingxie. Only the demo model is installed, and it knows just its own 100 sentences. Get a real SenseVoice model to transcribe your own speech.":
        "歡迎使用聽寫！目前只裝了示範模型，它只認得自己的 100 個句子。請取得正式的 SenseVoice 模型來轉寫你自己的語音。",
    "Download the recommended model": "下載推薦模型",
    "Import a model folder…": "匯入模型資料夾…",
    "Try the demo model": "先試用示範模型",
    "Playing {0}–{1}": "播放 {0}–{1}",
    "Cannot play audio: {0}": "無法播放音訊：{0}",
    "Click to play this part": "點一下播放這一段",
    "Push-to-talk key": "按住說話鍵",
    "Checkpoint": "訓練檢查點",
    "The FunASR checkpoint folder: model.pt, config.yaml, am.mvn and the *.bpe.model.": "FunASR 檢查點資料夾：model.pt、config.yaml、am.mvn 與 *.bpe.model。",
    "Folder": "資料夾", "Checkpoint folder": "檢查點資料夾", "All files found.": "檔案齊全。",
    "Export wizard": "匯出精靈", "Export wizard…": "匯出精靈…", "Added to your models: {0}": "已加入你的模型：{0}",
    "Output": "輸出", "INT8 (smaller, faster)": "INT8（較小、較快）", "Output folder": "輸出資料夾",
    "Model name": "模型名稱", "Python with torch and FunASR": "裝有 torch 與 FunASR 的 Python",
    "Python interpreter": "Python 直譯器", "Export and verify": "匯出並驗證", "Add to my models": "加入我的模型",
    "Exported and verified.": "已匯出並通過驗證。",
    "Stopped (exit code {0}); the log above says why.": "已停止（結束碼 {0}），原因請見上方紀錄。",
    "Loading the checkpoint": "正在載入檢查點", "Tracing the ONNX graph": "正在追蹤 ONNX 計算圖",
    "Quantizing to INT8": "正在量化為 INT8", "Writing the model files": "正在寫入模型檔",
    "Decoding the samples with sherpa-onnx": "正在用 sherpa-onnx 辨識範例音訊",
    "Comparing with the PyTorch checkpoint": "正在與 PyTorch 檢查點比對",
    "{0} (%v of %m)": "{0}（第 %v／%m 步）", "Cancelled.": "已取消。", "Failed: {0}": "失敗：{0}",
    "Verification failed for {0}; the log above says why.": "{0} 未通過驗證，原因請見上方紀錄。",
    "{0} ended without reporting that it succeeded; the log above says what it did.":
        "{0} 已結束，但沒有回報成功；執行經過請見上方紀錄。",
    "Could not start {0}: {1}": "無法啟動 {0}：{1}",
    "Press Start, or hold the push-to-talk key (Space unless changed in Settings) here, and speak. Each sentence appears when you pause.":
        "按「開始聽寫」，或在此按住說話鍵（預設為空白鍵，可在設定中更改）說話，每句話停頓後就會出現。",
    "{0} cannot be run ({1}).": "無法執行 {0}（{1}）。", "{0} lacks {1}.": "{0} 缺少 {1}。",
    "Choose the folder of a FunASR SenseVoiceSmall checkpoint.": "請選擇 FunASR SenseVoiceSmall 檢查點的資料夾。",
    "Missing: {0}": "缺少：{0}",
    "Your settings file could not be read, so Tingxie started with its default settings. The damaged file was kept as {0}.":
        "無法讀取你的設定檔，聽寫已改用預設設定啟動。損壞的檔案保留為 {0}。",
    "The history database could not be read, so a new one was started. The damaged file was kept as {0}.":
        "無法讀取歷史紀錄資料庫，已建立新的資料庫。損壞的檔案保留為 {0}。",
    "{0} dictation recordings from an earlier session were never transcribed (Tingxie was closed while you spoke). Transcribe them now?":
        "先前有 {0} 段聽寫錄音尚未轉寫（聽寫在你說話時被關閉）。要現在轉寫嗎？",
    "Transcribe": "轉寫", "Not now": "稍後再說",
    "Reason": "原因", "{0} of {1} files failed.": "{1} 個檔案中有 {0} 個失敗。", "Retry failed": "重試失敗的檔案",
    "INT8 (faster)": "INT8（較快）", "recommended": "推薦",
    "About Tingxie": "關於聽寫", "Version": "版本", "Model in use": "使用中的模型", "none": "無",
    "Offline speech to text for Taiwanese Mandarin.": "離線的臺灣華語語音轉文字工具。", "Licences": "授權條款",
    "PySide6 {0} on Python {1} makes Tingxie crash after some dozens of files. Install a PySide6 below 6.12 (pip install \"PySide6-Essentials<6.12\") or use Python 3.12 or newer.":
        "PySide6 {0} 搭配 Python {1} 會讓聽寫在處理數十個檔案後當掉。請安裝 6.12 以前的 PySide6（pip install \"PySide6-Essentials<6.12\"），或改用 Python 3.12 以上版本。",
    "This needs a Python with torch and FunASR. Install them into it with: pip install \"tingxie[train]\" (torch==2.13.0, funasr, onnxruntime, sentencepiece), or choose a Python interpreter that has them.":
        "這需要裝有 torch 與 FunASR 的 Python。請在該 Python 執行：pip install \"tingxie[train]\"（torch==2.13.0、funasr、onnxruntime、sentencepiece），或選擇已裝好這些套件的 Python 直譯器。",
    # global dictation, tray, history delete (issue 12)
    "Stopped. Saving…": "已停止，儲存中…",
    "Stopped. No speech was heard, so nothing was saved.": "已停止。沒有聽到說話，所以沒有儲存任何內容。",
    "Dictation into other applications is off (Settings).": "在其他應用程式中聽寫的功能已關閉（可在設定中開啟）。",
    "Press {0} in any application to start dictating, and again to stop.": "在任何應用程式中按一下 {0} 開始聽寫，再按一下停止。",
    "Hold {0} in any application and speak; the text appears where the cursor is.": "在任何應用程式中按住 {0} 說話，文字會出現在游標所在的位置。",
    "This is a Wayland session, where applications may not watch global keys or type into other windows. Dictate in this tab instead: each sentence is copied to the clipboard for you to paste.":
        "目前是 Wayland 工作階段，應用程式無法偵測全域按鍵，也無法在其他視窗中輸入。請改在這個分頁聽寫：每句話都會複製到剪貼簿，讓你自行貼上。",
    "No X display was found, so the global dictation key is not available. Dictate in this tab.": "找不到 X 顯示伺服器，無法使用全域聽寫鍵。請在這個分頁聽寫。",
    "macOS has not allowed Tingxie to watch the dictation key and type. Open System Settings > Privacy & Security, turn Tingxie on under Accessibility and Input Monitoring, then restart Tingxie.":
        "macOS 尚未允許聽寫偵測聽寫鍵並輸入文字。請開啟「系統設定」>「隱私權與安全性」，在「輔助使用」與「輸入監控」中開啟聽寫，然後重新啟動聽寫。",
    "The pynput package is missing, so the global dictation key is not available: pip install pynput.": "缺少 pynput 套件，無法使用全域聽寫鍵：請執行 pip install pynput。",
    "Delete": "刪除", "Clear history…": "清除歷史紀錄…", "Clear history": "清除歷史紀錄", "Delete all": "全部刪除",
    "Delete every transcript in the history, and the recordings kept for dictations? Transcript files you exported and your own audio files are not touched.":
        "要刪除歷史紀錄中的所有逐字稿，以及為聽寫保留的錄音嗎？你匯出的逐字稿檔案與你自己的音訊檔不會受到影響。",
    "Dictation key: {0}": "聽寫鍵：{0}", "Dictated: {0}": "已聽寫：{0}",
    "Not saved: Settings keep no dictations.": "未儲存：設定為不保留聽寫。",
    "Not saved to the history; the recording stays at {0}.": "未存入歷史紀錄；錄音保留在 {0}。",
    "Saved to History with its recording.": "已連同錄音存入歷史紀錄。",
    "Tingxie keeps running in the tray. Quit it from the tray menu.": "聽寫會繼續在系統匣中執行，可從系統匣選單結束。",
    "Hold to talk": "按住說話", "Press to start, press again to stop": "按一下開始，再按一下停止",
    "Paste (Ctrl+V), then restore the clipboard": "貼上（Ctrl+V），之後還原剪貼簿",
    "Paste with Shift+Insert (terminals)": "以 Shift+Insert 貼上（終端機）", "Type the characters": "逐字輸入",
    "7 days": "7 天", "30 days": "30 天", "Forever": "永久", "Don't keep": "不保留",
    "Dictate into any application with a global key": "用全域按鍵在任何應用程式中聽寫",
    "Choose a key, or write a combination as <ctrl>+<alt>+h.": "選擇一個按鍵，或寫出組合鍵，例如 <ctrl>+<alt>+h。",
    "Drop the final 。 of a short phrase": "短句省略句尾的「。」", "Add a space after the text": "在文字後加一個空格",
    "Closing the window keeps Tingxie in the tray": "關閉視窗後讓聽寫留在系統匣",
    "Dictation key": "聽寫鍵", "Key acts as": "按鍵方式", "Insert text by": "插入文字的方式", "Keep dictations": "保留聽寫",
    "Tingxie: ready": "聽寫：就緒", "Tingxie: listening…": "聽寫：聆聽中…", "Tingxie: recognising…": "聽寫：辨識中…",
    "Show window": "顯示視窗", "Stop dictation": "停止聽寫",
}


def fill() -> list[str]:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in ZH_TW:
            translation.text = ZH_TW[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill()
    if missing:
        print("untranslated:", *missing, sep="\n  ", file=sys.stderr)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    sys.exit(1 if missing else 0)
