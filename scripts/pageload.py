"""Opens report.html in headless Chromium (through chromedriver) at a width and prints how long the page takes to
load: navigation start to the load event, and to the first contentful paint, each the median of N loads."""
import statistics, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

path, width, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
options = webdriver.ChromeOptions()
for arg in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},900"]:
    options.add_argument(arg)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
loads, paints, walls = [], [], []
try:
    for _ in range(runs):
        driver.get("about:blank")
        start = time.monotonic()
        driver.get("file://" + path)
        walls.append(time.monotonic() - start)
        timing = driver.execute_script(
            "const n = performance.getEntriesByType('navigation')[0];"
            "const p = performance.getEntriesByName('first-contentful-paint')[0];"
            "return [n.loadEventEnd, p ? p.startTime : -1];")
        loads.append(timing[0] / 1000)
        paints.append(timing[1] / 1000)
finally:
    driver.quit()
print(f"{path} at {width}px, {runs} loads: load event median {statistics.median(loads):.2f} s "
      f"(max {max(loads):.2f}), first contentful paint median {statistics.median(paints):.2f} s, "
      f"driver wall median {statistics.median(walls):.2f} s")
