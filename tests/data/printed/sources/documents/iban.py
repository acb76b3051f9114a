def check(country, bban):
    s = bban + country + "00"
    n = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(n) % 97)
def valid(iban):
    i = iban.replace(" ", "")
    s = i[4:] + i[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
if __name__ == "__main__":
    for c, b in [("GB", "AWBK30945748172036"), ("DE", "720691550004718236"), ("FR", "3000401234000102847619" + "3"), ("FR","1820600017081241385172"+"4"), ("IE","SHNB99061234567890")]:
        print(c, b, check(c, b))
